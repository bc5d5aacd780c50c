package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.probatio.risk.OffenceMappingCsv;

/** Whatever the inputs, every predictor answers: a score in range, or the errors that stopped it. */
class RiskScoresPropertiesTest {

  static final OffenceWeights WEIGHTS = OffenceMappingCsv.bundled();

  @Property(tries = 2000)
  void no_input_throws_and_each_result_is_in_range_or_carries_errors(@ForAll("requests") Map<String, Object> fields) {
    RiskScores s = RiskScores.score(Requests.of(fields), LocalDate.of(2026, 1, 1), WEIGHTS);

    checkPercent(s.ogrs3().oneYearScore(), s.ogrs3().errors());
    checkPercent(s.ogrs3().twoYearScore(), s.ogrs3().errors());
    checkPercent(s.ovp().twoYearScore(), s.ovp().errors());
    checkPercent(s.ogp().twoYearScore(), s.ogp().errors());
    checkScore(s.ospDc().score(), s.ospDc().errors());
    checkScore(s.ospIic().score(), s.ospIic().errors());
    checkScore(s.snsv().score(), s.snsv().errors());
    checkScore(s.rsr().score(), s.rsr().errors());
    if (s.rsr().score() != null) {
      assertThat(s.rsr().score()).isBetween(0.0, 99.99);
    }
  }

  private static void checkPercent(Integer score, List<ValidationError> errors) {
    if (score == null) {
      assertThat(errors).isNotEmpty();
    } else {
      assertThat(score).isBetween(1, 99);
    }
  }

  private static void checkScore(Double score, List<ValidationError> errors) {
    if (score == null) {
      assertThat(errors).isNotEmpty();
    } else {
      assertThat(score).isBetween(0.0, 100.0);
    }
  }

  /** Each field absent or any value of its type, dates from 1900 to 2100. */
  @Provide
  Arbitrary<Map<String, Object>> requests() {
    Arbitrary<String> dates = Arbitraries.integers().between(0, 200 * 365)
        .map(days -> LocalDate.of(1900, 1, 1).plusDays(days).toString());
    Arbitrary<Integer> counts = Arbitraries.integers().between(-2, 60);
    Arbitrary<String> levels = Arbitraries.of("NO_PROBLEMS", "SOME_PROBLEMS", "SIGNIFICANT_PROBLEMS");
    Arbitrary<Boolean> booleans = Arbitraries.of(true, false);
    Map<String, Arbitrary<?>> fields = new LinkedHashMap<>();
    fields.put("gender", Arbitraries.of("MALE", "FEMALE"));
    for (String date : List.of("dateOfBirth", "assessmentDate", "dateOfCurrentConviction", "dateAtStartOfFollowupCalculated",
        "dateAtStartOfFollowupUserInput", "dateOfMostRecentSexualOffence", "mostRecentOffenceDate")) {
      fields.put(date, dates);
    }
    for (String count : List.of("totalNumberOfSanctionsForAllOffences", "ageAtFirstSanction", "totalNumberOfViolentSanctions",
        "totalContactAdultSexualSanctions", "totalContactChildSexualSanctions", "totalNonContactSexualOffences",
        "totalIndecentImageSanctions")) {
      fields.put(count, counts);
    }
    fields.put("currentOffenceCode", Arbitraries.of("00101", "02800", "00832", "08800", "99999", "028", "1234567", ""));
    for (String flag : List.of("doesRecogniseImpactOfOffendingOnOthers", "isCurrentlyOfNoFixedAbodeOrTransientAccommodation",
        "isUnemployed", "hasCurrentPsychiatricTreatment", "hasEverCommittedSexualOffence", "isCurrentOffenceSexuallyMotivated",
        "isCurrentOffenceAgainstVictimStranger", "didOffenceInvolveCarryingOrUsingWeapon", "evidenceOfDomesticAbuse",
        "domesticAbuseAgainstPartner")) {
      fields.put(flag, booleans);
    }
    for (String level : List.of("currentAlcoholUseProblems", "excessiveAlcoholUse", "temperControl", "proCriminalAttitudes",
        "regularOffendingActivities", "currentDrugMisuse", "problemSolvingSkills", "understandsOtherPeoplesViews",
        "suitabilityOfAccommodation", "currentRelationshipWithPartner", "impulsivityProblems")) {
      fields.put(level, levels);
    }
    fields.put("motivationToTackleDrugMisuse", Arbitraries.of("FULL_MOTIVATION", "PARTIAL_MOTIVATION", "NO_MOTIVATION"));
    fields.put("awarenessOfConsequences", Arbitraries.of("YES", "SOMETIMES", "NO"));
    fields.put("supervisionStatus", Arbitraries.of("CUSTODY", "COMMUNITY", "REMAND"));
    fields.put("snsvStaticOrDynamic", Arbitraries.of("STATIC", "DYNAMIC"));
    fields.put("previousConvictions", Arbitraries.of(PreviousConviction.class).list().ofMaxSize(3)
        .map(list -> list.stream().map(Enum::name).toList()));
    List<Arbitrary<Map.Entry<String, Object>>> entries = fields.entrySet().stream()
        .map(e -> e.getValue().injectNull(0.1).map(v -> Map.entry(e.getKey(), (Object) (v == null ? "\0" : v))))
        .toList();
    return Combinators.combine(entries).as(list -> {
      Map<String, Object> request = new LinkedHashMap<>();
      list.forEach(entry -> request.put(entry.getKey(), entry.getValue().equals("\0") ? null : entry.getValue()));
      return request;
    });
  }
}
