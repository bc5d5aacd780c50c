package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.risk.scoring.Requests.with;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ogrs3Test {

  /** A few codes as a code-level mapping gives them; 08800 is too general for OGRS3. */
  static final OffenceWeights WEIGHTS = new OffenceWeights("test", List.of(
      new OffenceWeight("00832", "Other offence", -0.0607, false, -0.2, 0.1, 0, 0),
      new OffenceWeight("02700", "Soliciting or prostitution", 0.7606, false, -0.2, 0.1, 0, 0),
      new OffenceWeight("08800", "Missing description", null, true, -0.04, -0.2, 0, 0),
      new OffenceWeight("09999", "Missing description", null, false, 0, 0, 0, 0)));
  static final OffenceWeights WEIGHTS_WITH_BURGLARY = new OffenceWeights("test", List.of(
      new OffenceWeight("02800", "Burglary (domestic)", -0.1239, false, 0.151649692548355, -0.226808217378264, 0, 0)));

  static final Map<String, Object> SPEC_EXAMPLE = Map.of("gender", "MALE", "dateOfBirth", "1980-03-01",
      "dateOfCurrentConviction", "2013-06-01", "dateAtStartOfFollowupCalculated", "2015-06-02",
      "totalNumberOfSanctionsForAllOffences", 2, "ageAtFirstSanction", 32, "currentOffenceCode", "00832");

  static Ogrs3Result score(Map<String, Object> request) {
    return Ogrs3.score(Requests.of(request), WEIGHTS);
  }

  @Test
  void rounds_p_to_5_dp_as_a_double_before_the_whole_percent_so_the_spec_example_scores_15_not_16() {
    Ogrs3Result result = score(SPEC_EXAMPLE);

    assertThat(Rounding.logistic(Ogrs3.ONE_YEAR_CONSTANT - 1.368 + Ogrs3.LATER_SANCTION
        + Ogrs3.COPAS_COEFFICIENT * Math.log(2 / 11.0) - 0.0607)).isBetween(0.154998, 0.154999);
    assertThat(result.oneYearScore()).isEqualTo(15);
    assertThat(result.errors()).isEmpty();
    assertThat(result.featureValues()).containsEntry("ageGenderScore", -1.368).containsEntry("offenceGroupParameter", -0.0607);
  }

  @ParameterizedTest(name = "{0} {1} sanctions, first at {2}: {3} and {4} percent")
  @CsvSource({
      "FEMALE, 50, 10, 99, 99",   // aged 11 at follow-up, 50 sanctions in a year: clamped at 99
      "MALE, 1, 0, 1, 1"})        // aged 80, one sanction, first at 0: clamped at 1
  void whole_percent_scores_are_clamped_to_1_to_99(String gender, int sanctions, int firstAt, int oneYear, int twoYear) {
    boolean young = gender.equals("FEMALE");
    Ogrs3Result result = score(with(SPEC_EXAMPLE, "gender", gender, "totalNumberOfSanctionsForAllOffences", sanctions,
        "ageAtFirstSanction", young ? 10 : firstAt, "dateOfBirth", young ? "2000-01-01" : "1930-01-01",
        "dateOfCurrentConviction", "2010-06-01", "dateAtStartOfFollowupCalculated", "2011-01-01",
        "currentOffenceCode", young ? "02700" : "00832"));

    assertThat(result.oneYearScore()).isEqualTo(oneYear);
    assertThat(result.twoYearScore()).isEqualTo(twoYear);
  }

  @ParameterizedTest(name = "C7: {0}")
  @CsvSource(delimiter = '|', value = {
      "totalNumberOfSanctionsForAllOffences=0 | TOTAL_NUMBER_OF_SANCTIONS_LESS_THAN_ONE | totalNumberOfSanctionsForAllOffences",
      "currentOffenceCode=0083 | OFFENCE_CODE_INCORRECT_FORMAT | currentOffenceCode",
      "dateOfCurrentConviction=1989-06-01;ageAtFirstSanction=9 | AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN | dateOfBirth,dateOfCurrentConviction",
      "ageAtFirstSanction=34 | AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION | dateOfBirth,dateOfCurrentConviction,ageAtFirstSanction",
      "currentOffenceCode=08800 | NEED_DETAILS_OF_EXACT_OFFENCE | currentOffenceCode",
      "currentOffenceCode=09999 | OFFENCE_CODE_MAPPING_NOT_FOUND | currentOffenceCode",
      "currentOffenceCode=12345 | OFFENCE_CODE_MAPPING_NOT_FOUND | currentOffenceCode",
      "dateOfCurrentConviction=1980-03-01 | UNEXPECTED_ERROR | ''",
      "dateAtStartOfFollowupCalculated=1980-02-01 | UNEXPECTED_ERROR | ''"})
  void each_validation_failure_gives_its_error_and_no_score(String change, ErrorType type, String fields) {
    Map<String, Object> request = SPEC_EXAMPLE;
    for (String fieldChange : change.split(";")) {
      String[] fieldAndValue = fieldChange.split("=");
      Object value = fieldAndValue[0].startsWith("total") || fieldAndValue[0].startsWith("age")
          ? (Object) Integer.valueOf(fieldAndValue[1]) : fieldAndValue[1];
      request = with(request, fieldAndValue[0], value);
    }
    Ogrs3Result result = score(request);

    assertThat(result.errors()).extracting(ValidationError::type).containsExactly(type);
    assertThat(result.errors().get(0).fields()).isEqualTo(fields.isEmpty() ? List.of() : List.of(fields.split(",")));
    assertThat(result.twoYearScore()).isNull();
    assertThat(result.band()).isNull();
  }

  @Test
  void lists_only_the_missing_fields_in_the_published_order() {
    Ogrs3Result result = score(Map.of("gender", "MALE", "ageAtFirstSanction", 20));

    assertThat(result.errors()).containsExactly(ValidationError.of(ErrorType.MISSING_MANDATORY_INPUT, "dateOfBirth",
        "dateOfCurrentConviction", "dateAtStartOfFollowupCalculated", "totalNumberOfSanctionsForAllOffences",
        "currentOffenceCode"));
  }

  @Test
  void a_follow_up_before_the_age_of_ten_is_an_unexpected_error() {
    Ogrs3Result result = score(with(SPEC_EXAMPLE, "dateOfBirth", "2000-01-01", "dateOfCurrentConviction", "2010-06-01",
        "dateAtStartOfFollowupCalculated", "2009-06-01", "ageAtFirstSanction", 10));

    assertThat(result.errors()).containsExactly(ValidationError.unexpected("Unhandled age: 9"));
  }

  @Test
  void a_class_level_mapping_scores_a_code_by_its_home_office_class() {
    Ogrs3Result result = Ogrs3.score(Requests.of(SPEC_EXAMPLE), org.probatio.risk.OffenceMappingCsv.bundled());

    assertThat(result.offenceGroupParameter()).isEqualTo(0.0);
    assertThat(result.oneYearScore()).isEqualTo(16);
  }
}
