package org.probatio.risk.scoring;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the OASys v3 predictors read, named exactly as in the government service's "V1_0" request
 * so a stored request can be replayed. Every field may be absent: each predictor reports the ones
 * it needs as missing. The assessment date, when absent, is supplied by the caller and recorded.
 */
public record ScoringRequest(
    @Nullable Gender gender,
    @Nullable LocalDate dateOfBirth,
    @Nullable LocalDate assessmentDate,
    @Nullable LocalDate dateOfCurrentConviction,
    @Nullable LocalDate dateAtStartOfFollowupCalculated,
    @Nullable LocalDate dateAtStartOfFollowupUserInput,
    @Nullable Integer totalNumberOfSanctionsForAllOffences,
    @Nullable Integer ageAtFirstSanction,
    @Nullable String currentOffenceCode,
    @Nullable Integer totalNumberOfViolentSanctions,
    @Nullable Boolean doesRecogniseImpactOfOffendingOnOthers,
    @Nullable Boolean isCurrentlyOfNoFixedAbodeOrTransientAccommodation,
    @Nullable Boolean isUnemployed,
    @Nullable ProblemLevel currentAlcoholUseProblems,
    @Nullable ProblemLevel excessiveAlcoholUse,
    @Nullable Boolean hasCurrentPsychiatricTreatment,
    @Nullable ProblemLevel temperControl,
    @Nullable ProblemLevel proCriminalAttitudes,
    @Nullable ProblemLevel regularOffendingActivities,
    @Nullable ProblemLevel currentDrugMisuse,
    @Nullable Motivation motivationToTackleDrugMisuse,
    @Nullable ProblemLevel problemSolvingSkills,
    @Nullable YesSometimesNo awarenessOfConsequences,
    @Nullable ProblemLevel understandsOtherPeoplesViews,
    @Nullable Boolean hasEverCommittedSexualOffence,
    @Nullable Boolean isCurrentOffenceSexuallyMotivated,
    @Nullable Integer totalContactAdultSexualSanctions,
    @Nullable Integer totalContactChildSexualSanctions,
    @Nullable Integer totalNonContactSexualOffences,
    @Nullable Integer totalIndecentImageSanctions,
    @Nullable LocalDate dateOfMostRecentSexualOffence,
    @Nullable Boolean isCurrentOffenceAgainstVictimStranger,
    @Nullable LocalDate mostRecentOffenceDate,
    @Nullable SupervisionStatus supervisionStatus,
    @Nullable Boolean didOffenceInvolveCarryingOrUsingWeapon,
    @Nullable ProblemLevel suitabilityOfAccommodation,
    @Nullable ProblemLevel currentRelationshipWithPartner,
    @Nullable ProblemLevel impulsivityProblems,
    @Nullable Boolean evidenceOfDomesticAbuse,
    @Nullable Boolean domesticAbuseAgainstPartner,
    @Nullable List<PreviousConviction> previousConvictions,
    @Nullable SnsvVariant snsvStaticOrDynamic) {

  /** The date the scores are as of: the request's own, else the one the caller supplies. */
  public LocalDate assessmentDateOr(LocalDate fallback) {
    return assessmentDate != null ? assessmentDate : fallback;
  }

  /** The same answers for a person on record: their gender and date of birth, as of a given date. */
  public ScoringRequest forPerson(Gender personGender, LocalDate personDateOfBirth, LocalDate asOf) {
    return new ScoringRequest(personGender, personDateOfBirth, asOf, dateOfCurrentConviction, dateAtStartOfFollowupCalculated, dateAtStartOfFollowupUserInput, totalNumberOfSanctionsForAllOffences, ageAtFirstSanction, currentOffenceCode, totalNumberOfViolentSanctions, doesRecogniseImpactOfOffendingOnOthers, isCurrentlyOfNoFixedAbodeOrTransientAccommodation, isUnemployed, currentAlcoholUseProblems, excessiveAlcoholUse, hasCurrentPsychiatricTreatment, temperControl, proCriminalAttitudes, regularOffendingActivities, currentDrugMisuse, motivationToTackleDrugMisuse, problemSolvingSkills, awarenessOfConsequences, understandsOtherPeoplesViews, hasEverCommittedSexualOffence, isCurrentOffenceSexuallyMotivated, totalContactAdultSexualSanctions, totalContactChildSexualSanctions, totalNonContactSexualOffences, totalIndecentImageSanctions, dateOfMostRecentSexualOffence, isCurrentOffenceAgainstVictimStranger, mostRecentOffenceDate, supervisionStatus, didOffenceInvolveCarryingOrUsingWeapon, suitabilityOfAccommodation, currentRelationshipWithPartner, impulsivityProblems, evidenceOfDomesticAbuse, domesticAbuseAgainstPartner, previousConvictions, snsvStaticOrDynamic);
  }
}
