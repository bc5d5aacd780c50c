package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.risk.scoring.Requests.complete;
import static org.probatio.risk.scoring.Requests.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SNSV's variants and validation (C13, C14) and RSR's combination (C15). */
class SnsvRsrTest {

  static final LocalDate ASSESSED = LocalDate.of(2025, 1, 1);
  static final OffenceWeights WEIGHTS = Ogrs3Test.WEIGHTS_WITH_BURGLARY;

  static SnsvResult snsv(Map<String, Object> request) {
    return Snsv.score(Requests.of(request), ASSESSED, WEIGHTS);
  }

  @Test
  void scores_dynamic_when_every_dynamic_input_is_present() {
    SnsvResult result = snsv(complete());

    assertThat(result.type()).isEqualTo(SnsvVariant.DYNAMIC);
    assertThat(result.errors()).isEmpty();
    assertThat(result.featureValues()).containsEntry("SNSVWeighting", -0.226808217378264)
        .containsEntry("monthsSinceLastSanctionWeight", SnsvCoefficients.DYNAMIC.byMonthsSinceLastSanction[36]);
  }

  @Test
  void falls_back_to_static_with_a_warning_when_a_dynamic_input_is_missing() {
    SnsvResult result = snsv(with(complete(), "impulsivityProblems", null, "evidenceOfDomesticAbuse", true));

    assertThat(result.type()).isEqualTo(SnsvVariant.STATIC);
    assertThat(result.score()).isNotNull();
    assertThat(result.errors()).containsExactly(ValidationError.of(ErrorType.MISSING_DYNAMIC_INPUT, "impulsivityProblems",
        "domesticAbuseAgainstPartner"));
  }

  @Test
  void the_caller_may_force_either_variant() {
    assertThat(snsv(with(complete(), "snsvStaticOrDynamic", "STATIC")).type()).isEqualTo(SnsvVariant.STATIC);
    SnsvResult forcedDynamic = snsv(with(complete(), "snsvStaticOrDynamic", "DYNAMIC", "previousConvictions", null));
    assertThat(forcedDynamic.score()).isNull();
    assertThat(forcedDynamic.errors()).containsExactly(
        ValidationError.of(ErrorType.MISSING_DYNAMIC_INPUT, "previousConvictions"));
  }

  @ParameterizedTest(name = "C13: {0}={1} gives {2}")
  @CsvSource(delimiter = '|', value = {
      "currentOffenceCode | 0280 | OFFENCE_CODE_INCORRECT_FORMAT",
      "dateAtStartOfFollowupUserInput | 2019-12-31 | FOLLOW_UP_DATE_BEFORE_CONVICTION_DATE",
      "ageAtFirstSanction | 41 | AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION",
      "currentOffenceCode | 12345 | OFFENCE_CODE_MAPPING_NOT_FOUND",
      "gender | | MISSING_MANDATORY_INPUT"})
  void each_validation_failure_gives_its_error_and_no_score(String field, String value, ErrorType type) {
    Object typed = field.equals("ageAtFirstSanction") ? (Object) Integer.valueOf(value) : value;
    SnsvResult result = snsv(with(complete(), field, typed));

    assertThat(result.errors()).extracting(ValidationError::type).containsExactly(type);
    assertThat(result.score()).isNull();
    assertThat(result.type()).isNull();
  }

  @Test
  void c13_accumulates_every_error_of_its_single_stage() {
    SnsvResult result = snsv(with(complete(), "totalNumberOfViolentSanctions", 5, "currentOffenceCode", "123",
        "dateAtStartOfFollowupUserInput", "2019-01-01"));

    assertThat(result.errors()).extracting(ValidationError::type).containsExactly(ErrorType.OFFENCE_CODE_INCORRECT_FORMAT,
        ErrorType.VIOLENT_SANCTION_GREATER_THAN_TOTAL_SANCTIONS, ErrorType.FOLLOW_UP_DATE_BEFORE_CONVICTION_DATE);
  }

  @Test
  void rsr_adds_the_components_and_a_woman_with_a_sexual_offence_history_gets_038_more() {
    RiskScores man = RiskScores.score(Requests.of(complete()), ASSESSED, WEIGHTS);
    RiskScores woman = RiskScores.score(Requests.of(with(complete(), "gender", "FEMALE",
        "hasEverCommittedSexualOffence", true)), ASSESSED, WEIGHTS);

    assertThat(man.rsr().score()).isEqualTo(man.snsv().score());
    assertThat(woman.rsr().score()).isEqualTo(Rounding.twoDp(woman.snsv().score() + 0.38));
    assertThat(woman.rsr().femaleVersion()).isTrue();
  }

  @Test
  void rsr_is_clamped_at_99_99() {
    ScoringRequest request = Requests.of(Requests.sexualHistory(3, 3, 3, 3));
    RsrResult rsr = Rsr.combine(request, new SnsvResult(SnsvVariant.DYNAMIC, 60.0, null, List.of()),
        new OspDcResult(RiskBand.VERY_HIGH, 35.5, 50, false, false, true, null, List.of()),
        new OspIicResult(RiskBand.HIGH, 10.31, false, true, List.of()));

    assertThat(rsr.score()).isEqualTo(99.99);
    assertThat(rsr.band()).isEqualTo(RiskBand.HIGH);
  }

  @Test
  void c15_rsr_names_the_failed_components_but_a_static_fallback_is_not_a_failure() {
    RiskScores failed = RiskScores.score(Requests.of(with(Requests.sexualHistory(1, 0, 0, 0),
        "supervisionStatus", null, "totalContactChildSexualSanctions", null)), ASSESSED, WEIGHTS);
    RiskScores fallback = RiskScores.score(Requests.of(with(complete(), "isUnemployed", null)), ASSESSED, WEIGHTS);

    assertThat(failed.rsr().errors()).containsExactly(
        ValidationError.of(ErrorType.COMPONENT_VALIDATION_ERROR, "OSPDC", "OSPIIC", "SNSV"));
    assertThat(failed.rsr().score()).isNull();
    assertThat(failed.ogrs3().twoYearScore()).as("one score's error never stops the others").isNotNull();
    assertThat(fallback.rsr().errors()).isEmpty();
    assertThat(fallback.rsr().score()).isEqualTo(fallback.snsv().score());
  }
}
