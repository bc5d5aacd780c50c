package org.probatio.risk.scoring;

import static org.probatio.risk.scoring.SnsvFeature.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** SNSV, the Serious (non-sexual) Violence predictor, in its static and dynamic variants. */
public final class Snsv {

  private Snsv() {}

  public static SnsvResult score(ScoringRequest r, LocalDate assessmentDate, OffenceWeights weights) {
    Errors errors = new Errors();
    errors.need(r.gender(), "gender").need(r.dateOfBirth(), "dateOfBirth")
        .need(r.dateOfCurrentConviction(), "dateOfCurrentConviction").need(r.currentOffenceCode(), "currentOffenceCode")
        .need(r.totalNumberOfSanctionsForAllOffences(), "totalNumberOfSanctionsForAllOffences")
        .need(r.ageAtFirstSanction(), "ageAtFirstSanction").need(r.supervisionStatus(), "supervisionStatus")
        .need(r.dateAtStartOfFollowupUserInput(), "dateAtStartOfFollowupUserInput")
        .need(r.totalNumberOfViolentSanctions(), "totalNumberOfViolentSanctions")
        .reportMissing(ErrorType.MISSING_MANDATORY_INPUT);
    @Nullable ValidationError missingDynamic = missingDynamicInputs(r);
    boolean dynamic = r.snsvStaticOrDynamic() == null ? missingDynamic == null : r.snsvStaticOrDynamic() == SnsvVariant.DYNAMIC;
    // Blocking when DYNAMIC is asked for; otherwise a warning kept with the static score.
    if (missingDynamic != null && r.snsvStaticOrDynamic() == SnsvVariant.DYNAMIC) {
      errors.add(missingDynamic);
    }
    String code = r.currentOffenceCode();
    if (code != null && code.length() != 5) {
      errors.add(ErrorType.OFFENCE_CODE_INCORRECT_FORMAT, "currentOffenceCode");
    }
    Integer sanctions = r.totalNumberOfSanctionsForAllOffences();
    Integer violent = r.totalNumberOfViolentSanctions();
    if (sanctions != null && violent != null && violent > sanctions) {
      errors.add(ErrorType.VIOLENT_SANCTION_GREATER_THAN_TOTAL_SANCTIONS, "totalNumberOfSanctionsForAllOffences",
          "totalNumberOfViolentSanctions");
    }
    LocalDate followUp = r.dateAtStartOfFollowupUserInput();
    LocalDate conviction = r.dateOfCurrentConviction();
    if (followUp != null && conviction != null && followUp.isBefore(conviction)) {
      errors.add(ErrorType.FOLLOW_UP_DATE_BEFORE_CONVICTION_DATE, "dateAtStartOfFollowupUserInput", "dateOfCurrentConviction");
    }
    LocalDate birth = r.dateOfBirth();
    Integer firstSanctionAge = r.ageAtFirstSanction();
    int ageAtConviction = birth != null && conviction != null ? Ages.years(birth, conviction) : 0;
    if (birth != null && conviction != null && firstSanctionAge != null && firstSanctionAge > ageAtConviction) {
      errors.add(ErrorType.AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION, "ageAtFirstSanction", "dateOfBirth",
          "dateOfCurrentConviction");
    }
    OffenceWeight offence = code == null ? null : weights.find(code);
    if (!errors.found() && offence == null) {
      errors.add(new ValidationError(ErrorType.OFFENCE_CODE_MAPPING_NOT_FOUND, List.of("currentOffenceCode"),
          ErrorType.OFFENCE_CODE_MAPPING_NOT_FOUND.message() + code));
    }
    if (errors.found()) {
      return SnsvResult.failed(errors.list());
    }
    int ageAtFollowUp = Ages.years(Objects.requireNonNull(birth), Objects.requireNonNull(followUp));
    if (ageAtFollowUp < 10) {
      return SnsvResult.failed(List.of(ValidationError.unexpected("Age at date at start of followup cannot be less than 10")));
    }
    SnsvCoefficients c = dynamic ? SnsvCoefficients.DYNAMIC : SnsvCoefficients.STATIC;
    double[] terms = new double[SnsvFeature.values().length];
    staticTerms(terms, c, r, Objects.requireNonNull(offence), ageAtConviction, ageAtFollowUp, assessmentDate, dynamic);
    if (dynamic) {
      SnsvDynamicTerms.add(terms, r);
    }
    double p = Rounding.logistic(sum(terms));
    double score;
    if (Rounding.nearTwoDpBoundary(p)) {
      // Only here can the published 16-dp roundings change the 2-dp score.
      terms[VIOLENCE_RATE.ordinal()] = Rounding.sixteenDp(terms[VIOLENCE_RATE.ordinal()]);
      score = Rounding.exactPercentTwoDp(Rounding.sixteenDp(Rounding.logistic(sum(terms))));
    } else {
      score = Rounding.percentTwoDp(p);
    }
    boolean warned = missingDynamic != null && r.snsvStaticOrDynamic() == null;
    return new SnsvResult(dynamic ? SnsvVariant.DYNAMIC : SnsvVariant.STATIC, score, terms,
        warned ? List.of(missingDynamic) : List.of());
  }

  private static void staticTerms(double[] t, SnsvCoefficients c, ScoringRequest r, OffenceWeight offence,
      int ageAtConviction, int ageAtFollowUp, LocalDate assessmentDate, boolean dynamic) {
    boolean female = r.gender() == Gender.FEMALE;
    int sanctions = Objects.requireNonNull(r.totalNumberOfSanctionsForAllOffences());
    int violent = Objects.requireNonNull(r.totalNumberOfViolentSanctions());
    int careerYears = ageAtConviction - Objects.requireNonNull(r.ageAtFirstSanction());
    t[INTERCEPT.ordinal()] = c.intercept;
    t[GENDER.ordinal()] = female ? c.female : 0;
    t[AGE_GENDER_POLYNOMIAL.ordinal()] = c.ageTerm(female, ageAtFollowUp);
    t[OFFENCE.ordinal()] = dynamic ? offence.snsvDynamic() : offence.snsvStatic();
    t[SECOND_SANCTION_GAP.ordinal()] =
        sanctions == 2 ? careerYears * (female ? c.secondSanctionGapFemale : c.secondSanctionGapMale) : 0;
    t[MONTHS_SINCE_LAST_SANCTION.ordinal()] = c.byMonthsSinceLastSanction[monthsSinceLastSanction(r, assessmentDate)];
    t[THREE_PLUS_SANCTION_RATE.ordinal()] = sanctions >= 3
        ? Math.log(sanctions / (double) (careerYears + 12)) * (female ? c.threePlusRateFemale : c.threePlusRateMale) : 0;
    t[VIOLENT_HISTORY.ordinal()] = violent == 0 ? (female ? c.neverViolentFemale : c.neverViolentMale)
        : violent == 1 ? c.onceViolent : 0;
    t[VIOLENT_SANCTIONS.ordinal()] = violent * c.perViolentSanction;
    t[VIOLENCE_RATE.ordinal()] = violent >= 1 ? Math.log(violent / (double) (careerYears + 30)) * c.violenceRate : 0;
    t[VIOLENCE_AGAINST_THE_PERSON.ordinal()] = dynamic ? offence.vatpDynamic() : offence.vatpStatic();
    t[TOTAL_SANCTIONS.ordinal()] = sanctions * c.perSanction;
    t[NUMBER_OF_SANCTIONS.ordinal()] = sanctions == 1 ? c.oneSanction : sanctions == 2 ? c.twoSanctions : 0;
  }

  /** Whole months from the start of follow-up to the assessment, 0 before it starts, at most 36. */
  private static int monthsSinceLastSanction(ScoringRequest r, LocalDate assessmentDate) {
    LocalDate followUp = Objects.requireNonNull(r.dateAtStartOfFollowupUserInput());
    if (!assessmentDate.isAfter(followUp)) {
      return 0;
    }
    return Math.min(Ages.months(followUp, assessmentDate), SnsvCoefficients.MOST_MONTHS);
  }

  private static double sum(double[] terms) {
    double y = 0;
    for (double term : terms) {
      y += term;
    }
    return y;
  }

  private static @Nullable ValidationError missingDynamicInputs(ScoringRequest r) {
    Errors missing = new Errors();
    missing.need(r.didOffenceInvolveCarryingOrUsingWeapon(), "didOffenceInvolveCarryingOrUsingWeapon")
        .need(r.suitabilityOfAccommodation(), "suitabilityOfAccommodation").need(r.isUnemployed(), "isUnemployed")
        .need(r.currentRelationshipWithPartner(), "currentRelationshipWithPartner")
        .need(r.currentAlcoholUseProblems(), "currentAlcoholUseProblems").need(r.excessiveAlcoholUse(), "excessiveAlcoholUse")
        .need(r.impulsivityProblems(), "impulsivityProblems").need(r.temperControl(), "temperControl")
        .need(r.proCriminalAttitudes(), "proCriminalAttitudes").need(r.previousConvictions(), "previousConvictions")
        .need(r.evidenceOfDomesticAbuse(), "evidenceOfDomesticAbuse");
    if (Boolean.TRUE.equals(r.evidenceOfDomesticAbuse())) {
      missing.need(r.domesticAbuseAgainstPartner(), "domesticAbuseAgainstPartner");
    }
    missing.reportMissing(ErrorType.MISSING_DYNAMIC_INPUT);
    return missing.found() ? missing.list().get(0) : null;
  }
}
