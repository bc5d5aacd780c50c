package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.allocation.policy.TierCase.aMan;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The change axis of tier model V2 (tiering-and-workload.md): every need and severity, every level edge. */
class TierChangeTest {

  static Stream<Arguments> everyNeedAndSeverity() {
    Map<Need, Integer> weights = Map.of(Need.ACCOMMODATION, 1, Need.EDUCATION_TRAINING_AND_EMPLOYABILITY, 1,
        Need.RELATIONSHIPS, 1, Need.LIFESTYLE_AND_ASSOCIATES, 1, Need.DRUG_MISUSE, 1, Need.ALCOHOL_MISUSE, 1,
        Need.THINKING_AND_BEHAVIOUR, 2, Need.ATTITUDES, 2, Need.FINANCIAL_MANAGEMENT_AND_INCOME, 0,
        Need.EMOTIONAL_WELL_BEING, 0);
    Map<NeedSeverity, Integer> factors = Map.of(NeedSeverity.NO_NEED, 0, NeedSeverity.STANDARD, 1, NeedSeverity.SEVERE, 2);
    return Arrays.stream(Need.values()).flatMap(need -> Arrays.stream(NeedSeverity.values())
        .map(severity -> Arguments.of(need, severity, weights.get(need) * factors.get(severity))));
  }

  @ParameterizedTest(name = "{0} {1} gives {2} points")
  @MethodSource("everyNeedAndSeverity")
  void each_need_gives_its_weight_times_its_severity(Need need, NeedSeverity severity, int points) {
    assertThat(aMan().need(need, severity).changePoints()).isEqualTo(points);
  }

  @ParameterizedTest(name = "OGRS {0} gives {1} points")
  @CsvSource({"0, 0", "9, 0", "10, 1", "19, 1", "21, 2", "51, 5", "99, 9", "100, 10"})
  void ogrs_gives_a_tenth_of_its_percentage_rounded_down(int ogrs, int points) {
    assertThat(aMan().ogrs(ogrs).changePoints()).isEqualTo(points);
  }

  @Test
  void an_integrated_offender_management_registration_gives_2_points() {
    assertThat(aMan().registrations("IIOM").changePoints()).isEqualTo(2);
    assertThat(aMan().registrations("IIOM").protectPoints()).isZero();
  }

  @ParameterizedTest(name = "{0} points is change level {1}")
  @CsvSource({"0, 1", "9, 1", "10, 2", "19, 2", "20, 3", "40, 3"})
  void change_level_is_3_from_20_points_2_from_10_else_1(int points, int level) {
    assertThat(TierModelV2.changeLevel(points)).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.probatio.allocation.policy.TierChangeTest#changeLevelEdges")
  void the_change_level_edges_are_reached_by_real_cases(String description, TierCase tierCase, int points, int level) {
    Tier tier = tierCase.tier();

    assertThat(tier.change().points()).isEqualTo(points);
    assertThat(tier.change().level()).isEqualTo(level);
  }

  @Test
  void without_a_mandate_for_change_the_change_level_is_0_whatever_the_needs() {
    Tier tier = aMan().noMandateForChange().ogrs(100).need(Need.ATTITUDES, NeedSeverity.SEVERE).tier();

    assertThat(tier.change().level()).isZero();
    assertThat(tier.change().points()).isZero();
    assertThat(tier.change().factors()).singleElement().extracting(TierFactor::name).isEqualTo("Mandate for change");
  }

  @Test
  void without_an_assessment_the_change_level_is_2_with_no_points() {
    Tier tier = aMan().noAssessment().ogrs(100).registrations("IIOM").tier();

    assertThat(tier.change().level()).isEqualTo(2);
    assertThat(tier.change().points()).isZero();
  }

  @Test
  void without_a_mandate_for_change_or_an_assessment_the_change_level_is_0() {
    assertThat(aMan().noMandateForChange().noAssessment().tier().change().level()).isZero();
  }

  static Stream<Arguments> changeLevelEdges() {
    TierCase eighteen = aMan().need(Need.ATTITUDES, NeedSeverity.SEVERE).need(Need.THINKING_AND_BEHAVIOUR, NeedSeverity.SEVERE);
    return Stream.of(
        Arguments.of("OGRS 99: 9 points, level 1", aMan().ogrs(99), 9, 1),
        Arguments.of("OGRS 100: 10 points, level 2", aMan().ogrs(100), 10, 2),
        Arguments.of("OGRS 100, two severe weight-2 needs, one standard weight-1 need: 19, level 2",
            aMan().ogrs(100).need(Need.ATTITUDES, NeedSeverity.SEVERE).need(Need.THINKING_AND_BEHAVIOUR, NeedSeverity.SEVERE)
                .need(Need.ACCOMMODATION, NeedSeverity.STANDARD), 19, 2),
        Arguments.of("OGRS 100, two severe weight-2 needs, IIOM: 20, level 3",
            eighteen.ogrs(100).registrations("IIOM"), 20, 3));
  }
}
