package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.risk.scoring.Requests.sexualHistory;
import static org.probatio.risk.scoring.Requests.with;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OSP/DC and OSP/IIC, with the band reduction (C12) and the shared validation (C10). */
class OspTest {

  /** Aged 41 at follow-up (7 points), 4 sanctions (6 points), follow-up 2021, assessed 2030. */
  static final LocalDate ASSESSED = LocalDate.of(2030, 1, 1);

  static OspDcResult dc(Map<String, Object> request) {
    return OspDc.score(Requests.of(request), ASSESSED);
  }

  @ParameterizedTest(name = "{0} adult, {1} child, {2} non-contact: {3} points, {4} after reduction")
  @CsvSource({
      "1, 0, 0, 18, LOW", "0, 1, 0, 16, LOW", "0, 0, 1, 15, LOW", "2, 0, 0, 23, LOW", "0, 2, 1, 21, LOW",
      "3, 0, 0, 28, LOW", "5, 0, 0, 28, LOW", "3, 3, 6, 43, HIGH", "3, 1, 1, 33, MEDIUM"})
  void scores_the_counts_from_the_published_tables_and_reduces_the_band_after_five_offence_free_years(int adult,
      int child, int nonContact, int points, RiskBand band) {
    OspDcResult result = dc(sexualHistory(adult, child, nonContact, 0));

    assertThat(result.pointScore()).isEqualTo(points);
    assertThat(result.band()).isEqualTo(band);
    assertThat(result.bandReductionApplied()).isEqualTo(BandThresholds.OSP_DC_POINTS.band(points) != RiskBand.LOW);
  }

  @ParameterizedTest(name = "C12: {0} blocks the reduction")
  @CsvSource(delimiter = '|', value = {
      "supervisionStatus | CUSTODY",
      "mostRecentOffenceDate | 2025-01-02",
      "dateOfMostRecentSexualOffence | 2025-01-02",
      "dateAtStartOfFollowupUserInput | 2025-01-02"})
  void c12_custody_or_an_offence_or_follow_up_within_five_years_blocks_the_band_reduction(String field, String value) {
    OspDcResult result = dc(with(sexualHistory(3, 0, 0, 0), field, value));

    assertThat(result.bandReductionApplied()).isFalse();
    assertThat(result.band()).isEqualTo(BandThresholds.OSP_DC_POINTS.band(result.pointScore()));
  }

  @Test
  void c12_remand_and_dates_five_full_years_back_do_not_block_the_reduction() {
    OspDcResult result = dc(with(sexualHistory(3, 0, 0, 0), "supervisionStatus", "REMAND",
        "mostRecentOffenceDate", "2025-01-01", "dateOfMostRecentSexualOffence", "2025-01-01"));

    assertThat(result.bandReductionApplied()).isTrue();
    assertThat(result.band()).isEqualTo(RiskBand.HIGH);
  }

  @Test
  void no_points_scores_zero_with_no_reduction_decision() {
    OspDcResult result = dc(with(sexualHistory(0, 0, 0, 1), "dateOfBirth", "1950-01-01",
        "totalNumberOfSanctionsForAllOffences", 1));

    assertThat(result.pointScore()).isZero();
    assertThat(result.score()).isEqualTo(0.0);
    assertThat(result.band()).isEqualTo(RiskBand.LOW);
    assertThat(result.bandReductionApplied()).isNull();
  }

  @Test
  void age_at_the_last_sexual_sanction_scores_by_age_group_and_under_ten_is_an_unexpected_error() {
    assertThat(dc(with(sexualHistory(1, 0, 0, 0), "dateOfMostRecentSexualOffence", "1995-06-01")).points()
        .ageAtLastSexualSanction()).isEqualTo(0);
    assertThat(dc(with(sexualHistory(1, 0, 0, 0), "dateOfMostRecentSexualOffence", "1997-06-01")).points()
        .ageAtLastSexualSanction()).isEqualTo(5);
    assertThat(dc(with(sexualHistory(1, 0, 0, 0), "dateOfMostRecentSexualOffence", "1998-01-01")).points()
        .ageAtLastSexualSanction()).isEqualTo(10);
    assertThat(dc(with(sexualHistory(1, 0, 0, 0), "dateOfMostRecentSexualOffence", "1989-06-01")).errors())
        .containsExactly(ValidationError.unexpected("Invalid age at last sanction for sexual offence value: 9"));
  }

  @Test
  void does_not_apply_to_women_or_to_men_without_a_sexual_offence_history() {
    OspDcResult woman = dc(with(Requests.complete(), "gender", "FEMALE", "hasEverCommittedSexualOffence", true));
    OspIicResult womanIic = OspIic.score(Requests.of(with(Requests.complete(), "gender", "FEMALE",
        "hasEverCommittedSexualOffence", true)));
    OspDcResult man = dc(Requests.complete());

    assertThat(woman.band()).isEqualTo(RiskBand.NOT_APPLICABLE);
    assertThat(woman.femaleVersion()).isTrue();
    assertThat(woman.hasSexualOffenceHistory()).isFalse();
    assertThat(womanIic.hasSexualOffenceHistory()).isTrue();
    assertThat(man.band()).isEqualTo(RiskBand.NOT_APPLICABLE);
    assertThat(man.score()).isEqualTo(0.0);
    assertThat(man.pointScore()).isNull();
  }

  @ParameterizedTest(name = "{0} images, {1} child, {2} adult: {3} {4}")
  @CsvSource({"2, 0, 0, HIGH, 10.31", "1, 3, 0, MEDIUM, 3.33", "0, 2, 0, LOW, 0.93", "0, 1, 0, LOW, 0.63",
      "0, 0, 1, LOW, 0.28"})
  void osp_iic_takes_the_first_matching_row_of_the_published_table(int images, int child, int adult, RiskBand band,
      double score) {
    OspIicResult result = OspIic.score(Requests.of(sexualHistory(adult, child, 0, images)));

    assertThat(result.band()).isEqualTo(band);
    assertThat(result.score()).isEqualTo(score);
  }

  @Test
  void c10_reports_missing_then_inconsistent_then_missing_counts() {
    Map<String, Object> noHistory = with(Requests.complete(), "totalIndecentImageSanctions", 0,
        "totalContactAdultSexualSanctions", 2, "supervisionStatus", null);
    Map<String, Object> history = with(sexualHistory(0, 0, 0, 0), "isCurrentOffenceSexuallyMotivated", null);
    Map<String, Object> someCounts = with(sexualHistory(1, 0, 0, 0), "totalNonContactSexualOffences", null);

    assertThat(dc(noHistory).errors()).containsExactly(
        ValidationError.of(ErrorType.MISSING_MANDATORY_INPUT, "supervisionStatus"),
        ValidationError.of(ErrorType.SEXUAL_OFFENDING_INCONSISTENT_INPUT, "totalContactAdultSexualSanctions",
            "totalIndecentImageSanctions"));
    assertThat(dc(history).errors()).containsExactly(
        ValidationError.of(ErrorType.MISSING_MANDATORY_INPUT, "isCurrentOffenceSexuallyMotivated"),
        ValidationError.of(ErrorType.SEXUAL_OFFENDING_MISSING_COUNTS, "totalContactAdultSexualSanctions",
            "totalContactChildSexualSanctions", "totalIndecentImageSanctions", "totalNonContactSexualOffences"));
    assertThat(OspIic.score(Requests.of(someCounts)).errors()).containsExactly(
        ValidationError.of(ErrorType.SEXUAL_OFFENDING_MISSING_COUNTS, "totalNonContactSexualOffences"));
    assertThat(OspIic.score(Requests.of(with(Requests.complete(), "hasEverCommittedSexualOffence", null))).errors())
        .containsExactly(ValidationError.of(ErrorType.MISSING_MANDATORY_INPUT, "hasEverCommittedSexualOffence"));
  }
}
