package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.allocation.policy.TierCase.aMan;
import static org.probatio.allocation.policy.TierCase.aWoman;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The protect axis of tier model V2 (tiering-and-workload.md): every band edge and every weight. */
class TierProtectTest {

  @ParameterizedTest(name = "RSR {0} gives {1} points")
  @CsvSource({"0, 0", "2.99, 0", "2.999, 0", "3.0, 10", "6.9, 10", "6.99, 10", "6.995, 10", "6.9999, 10", "7.0, 20",
      "23.0, 20", "99.99, 20", "99.999, 20", "100.0, 0", "999.99, 0"})
  void rsr_counts_by_half_open_bands_so_no_score_falls_between_them(double rsr, int points) {
    assertThat(aMan().rsr(rsr).protectPoints()).isEqualTo(points);
  }

  @ParameterizedTest(name = "RoSH {0} gives {1} points")
  @CsvSource({"VERY_HIGH, 150", "HIGH, 20", "MEDIUM, 10", "LOW, 0"})
  void rosh_gives_its_points(RoshLevel rosh, int points) {
    assertThat(aMan().rosh(rosh).protectPoints()).isEqualTo(points);
  }

  @ParameterizedTest(name = "RSR {0} and RoSH {1} give {2} points")
  @CsvSource({"23.0, VERY_HIGH, 150", "7.0, MEDIUM, 20", "7.0, HIGH, 20", "3.0, HIGH, 20", "3.0, MEDIUM, 10",
      "2.0, MEDIUM, 10", "6.995, LOW, 10", "100.0, HIGH, 20"})
  void only_the_higher_of_the_rsr_and_rosh_points_counts(double rsr, RoshLevel rosh, int points) {
    Tier tier = aMan().rsr(rsr).rosh(rosh).tier();

    assertThat(tier.protect().points()).isEqualTo(points);
    assertThat(tier.protect().factors()).filteredOn(factor -> factor.points() > 0).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void the_lower_of_rsr_and_rosh_is_listed_with_no_points_and_the_reason() {
    Tier tier = aMan().rsr(7.0).rosh(RoshLevel.MEDIUM).tier();

    assertThat(tier.protect().factors()).contains(new TierFactor("RSR", "7%", 20, "RSR 7% or more: 20 points"),
        new TierFactor("RoSH", "medium", 0, "RoSH medium: 10 points, but only the higher of RSR and RoSH counts"));
  }

  @ParameterizedTest(name = "MAPPA level {0} gives {1} points")
  @CsvSource(value = {"null, 0", "0, 0", "1, 5", "2, 150", "3, 150"}, nullValues = "null")
  void mappa_level_2_or_3_gives_150_and_level_1_gives_5(Integer level, int points) {
    assertThat(aMan().mappaLevel(level).protectPoints()).isEqualTo(points);
  }

  @Test
  void mappa_level_1_with_rsr_7_is_protect_level_b_and_level_2_is_a() {
    assertThat(aMan().rsr(23.0).mappaLevel(1).tier().protect().level()).isEqualTo(ProtectLevel.B);
    assertThat(aMan().rsr(23.0).mappaLevel(2).tier().protect().level()).isEqualTo(ProtectLevel.A);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ComplexityFactor.class)
  void each_complexity_factor_registration_gives_2_points(ComplexityFactor factor) {
    assertThat(aMan().registrations(factor.name()).protectPoints()).isEqualTo(2);
  }

  @Test
  void all_ten_complexity_factors_give_20_points() {
    String[] all = Arrays.stream(ComplexityFactor.values()).map(Enum::name).toArray(String[]::new);

    assertThat(aMan().registrations(all).protectPoints()).isEqualTo(20);
  }

  @Test
  void a_complexity_factor_registered_twice_counts_once() {
    Set<String> codes = new HashSet<>(List.of("RMDO", "RMDO", "ALSH"));
    TierInput input = new TierInput(Gender.MALE, null, null, null, codes, false, null, true, null, false);

    assertThat(TierModelV2.calculate(input).protect().points()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0} gives no protect points")
  @ValueSource(strings = {"MAPP", "RVHR", "RHRH", "RMRH", "RLRH", "ADVP", "ADVV", "IMAR", "AV2S", "WEAP", "ARSO", "HREG",
      "IIOM", "PRC", "XXXX"})
  void other_registrations_give_no_protect_points(String code) {
    assertThat(aMan().registrations(code).protectPoints()).isZero();
  }

  @Test
  void a_woman_gets_2_points_for_a_previous_breach_or_recall() {
    assertThat(aWoman().previousBreachOrRecall().protectPoints()).isEqualTo(2);
  }

  @Test
  void a_woman_gets_2_points_for_parenting_responsibilities() {
    assertThat(aWoman().parenting().protectPoints()).isEqualTo(2);
  }

  @ParameterizedTest(name = "impulsivity {0}, temper control {1}: {2} points")
  @CsvSource({"0, 0, 0", "1, 0, 2", "0, 1, 2", "2, 0, 2", "0, 2, 2", "1, 1, 2", "2, 2, 2"})
  void a_woman_gets_2_points_for_impulsivity_or_temper_control_problems_counted_once(int impulsivity, int temper,
      int points) {
    assertThat(aWoman().impulsivity(impulsivity).temperControl(temper).protectPoints()).isEqualTo(points);
  }

  @Test
  void a_woman_with_every_womens_factor_gets_6_points() {
    assertThat(aWoman().previousBreachOrRecall().parenting().impulsivity(1).temperControl(2).protectPoints()).isEqualTo(6);
  }

  @Test
  void the_womens_factors_give_a_man_no_points() {
    assertThat(aMan().previousBreachOrRecall().parenting().impulsivity(2).temperControl(2).protectPoints()).isZero();
  }

  @Test
  void a_woman_without_an_assessment_gets_only_the_breach_or_recall_points() {
    assertThat(aWoman().noAssessment().previousBreachOrRecall().protectPoints()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} points is protect level {1}")
  @CsvSource({"0, D", "9, D", "10, C", "19, C", "20, B", "149, B", "150, A", "500, A"})
  void protect_level_is_a_from_150_b_from_20_c_from_10_else_d(int points, ProtectLevel level) {
    assertThat(ProtectLevel.of(points)).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.probatio.allocation.policy.TierProtectTest#protectLevelEdges")
  void the_protect_level_edges_are_reached_by_real_cases(String description, TierCase tierCase, ProtectLevel level) {
    assertThat(tierCase.tier().protect().level()).isEqualTo(level);
  }

  static Stream<Arguments> protectLevelEdges() {
    return Stream.of(
        Arguments.of("RoSH medium and no more: 10, C", aMan().rosh(RoshLevel.MEDIUM), ProtectLevel.C),
        Arguments.of("MAPPA 1 and 2 complexity factors: 9, D", aMan().mappaLevel(1).registrations("RMDO", "ALSH"),
            ProtectLevel.D),
        Arguments.of("RSR 3 and 4 complexity factors: 18, C", aMan().rsr(3.0).registrations("RMDO", "ALSH", "RVLN", "RCCO"),
            ProtectLevel.C),
        Arguments.of("RSR 3, MAPPA 1, 2 complexity factors: 19, C", aMan().rsr(3.0).mappaLevel(1).registrations("RMDO",
            "ALSH"), ProtectLevel.C),
        Arguments.of("RoSH high: 20, B", aMan().rosh(RoshLevel.HIGH), ProtectLevel.B),
        Arguments.of("RoSH very high: 150, A", aMan().rosh(RoshLevel.VERY_HIGH), ProtectLevel.A));
  }
}
