package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.risk.scoring.Requests.complete;
import static org.probatio.risk.scoring.Requests.with;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OvpOgpTest {

  static int ovpPoints(Object... changes) {
    return Ovp.score(Requests.of(with(complete(), changes))).pointScore();
  }

  @ParameterizedTest(name = "{0} violent of {1} sanctions, aged {2} at follow-up: {3} points")
  @CsvSource({
      // 5 any sanction + 5 male + violent + non-violent + age
      "0, 1, 18, 30", "1, 1, 19, 34", "2, 4, 20, 34", "3, 7, 21, 38", "4, 9, 22, 38", "5, 15, 23, 39",
      "17, 27, 24, 49", "18, 38, 25, 51", "30, 50, 26, 49", "0, 2, 30, 20", "0, 3, 31, 20", "0, 5, 36, 19",
      "0, 11, 41, 18", "0, 21, 46, 17", "0, 21, 51, 15", "0, 40, 70, 15"})
  void scores_violent_and_non_violent_sanctions_and_age_from_the_published_tables(int violent, int sanctions, int age,
      int points) {
    int birthYear = 2021 - age;
    assertThat(ovpPoints("totalNumberOfViolentSanctions", violent, "totalNumberOfSanctionsForAllOffences", sanctions,
        "dateOfBirth", birthYear + "-01-01")).isEqualTo(points);
  }

  @Test
  void alcohol_is_two_and_a_half_points_a_level_rounded_up_and_temper_and_attitudes_three() {
    int base = ovpPoints();
    assertThat(ovpPoints("currentAlcoholUseProblems", "SOME_PROBLEMS") - base).isEqualTo(3);
    assertThat(ovpPoints("currentAlcoholUseProblems", "SOME_PROBLEMS", "excessiveAlcoholUse", "SOME_PROBLEMS") - base)
        .isEqualTo(5);
    assertThat(ovpPoints("temperControl", "SIGNIFICANT_PROBLEMS", "proCriminalAttitudes", "SOME_PROBLEMS") - base)
        .isEqualTo(9);
    assertThat(ovpPoints("doesRecogniseImpactOfOffendingOnOthers", false, "isUnemployed", true,
        "isCurrentlyOfNoFixedAbodeOrTransientAccommodation", true, "hasCurrentPsychiatricTreatment", true) - base)
        .isEqualTo(16);
  }

  @Test
  void ovp_under_18_at_follow_up_or_more_violent_than_all_sanctions_is_an_unexpected_error() {
    assertThat(Ovp.score(Requests.of(with(complete(), "dateOfBirth", "2004-01-02"))).errors())
        .containsExactly(ValidationError.unexpected("Invalid ageAtStartOfFollowup value: 16"));
    assertThat(Ovp.score(Requests.of(with(complete(), "totalNumberOfViolentSanctions", 6))).errors())
        .containsExactly(ValidationError.unexpected("Invalid non violent sanctions value: -2"));
    assertThat(Ovp.score(Requests.of(with(complete(), "totalNumberOfSanctionsForAllOffences", 0))).errors())
        .extracting(ValidationError::type).containsExactly(ErrorType.TOTAL_NUMBER_OF_SANCTIONS_LESS_THAN_ONE);
  }

  static int ogpPoints(Object... changes) {
    ScoringRequest request = Requests.of(with(complete(), changes));
    return Ogp.score(request, Ogrs3Test.WEIGHTS_WITH_BURGLARY).pointScore();
  }

  @Test
  void c2_ogp_rounds_each_product_half_up_in_doubles() {
    int base = ogpPoints();
    // (2 + 1 + 0) x 5/6 = 2.5 -> 3
    assertThat(ogpPoints("problemSolvingSkills", "SIGNIFICANT_PROBLEMS", "awarenessOfConsequences", "SOMETIMES") - base)
        .isEqualTo(3);
    // (1 + 1) x 3.75 = 7.5 -> 8
    assertThat(ogpPoints("currentDrugMisuse", "SOME_PROBLEMS", "motivationToTackleDrugMisuse", "PARTIAL_MOTIVATION") - base)
        .isEqualTo(8);
    assertThat(ogpPoints("regularOffendingActivities", "SOME_PROBLEMS", "proCriminalAttitudes", "SIGNIFICANT_PROBLEMS") - base)
        .isEqualTo(8);
  }

  @Test
  void c9_ogp_needs_an_ogrs3_two_year_score_but_does_not_repeat_its_errors() {
    Map<String, Object> noOffence = with(complete(), "currentOffenceCode", "99999");
    PointScoreResult result = Ogp.score(Requests.of(with(noOffence, "isUnemployed", null)), Ogrs3Test.WEIGHTS_WITH_BURGLARY);

    assertThat(result.errors()).containsExactly(
        ValidationError.of(ErrorType.MISSING_MANDATORY_INPUT, "isUnemployed", "ogrs3TwoYear"));
    assertThat(result.band()).isNull();
  }
}
