package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the case, the tier adds up: each axis's points are its factors' points, and the code follows the levels. */
class TierPropertiesTest {

  @Property(tries = 2000)
  void each_axis_is_the_sum_of_its_factors_and_the_code_follows_the_levels(@ForAll("inputs") TierInput input) {
    Tier tier = TierModelV2.calculate(input);

    assertThat(tier.protect().points()).isEqualTo(tier.protect().factors().stream().mapToInt(TierFactor::points).sum());
    assertThat(tier.change().points()).isEqualTo(tier.change().factors().stream().mapToInt(TierFactor::points).sum());
    assertThat(tier.protect().level()).isEqualTo(ProtectLevel.of(tier.protect().points()));
    assertThat(tier.code()).matches("[A-D][0-3]S?");
    assertThat(tier.code().endsWith("S")).isEqualTo(input.unsupervised() || input.registrations().contains("PRC"));
    if (input.mandateForChange() && input.assessment() != null) {
      assertThat(tier.change().level()).isEqualTo(TierModelV2.changeLevel(tier.change().points()));
    }
  }

  @Property(tries = 1000)
  void a_higher_rsr_never_lowers_the_protect_points_below_100_percent(@ForAll("inputs") TierInput input,
      @ForAll("rsrs") double higher) {
    double rsr = input.rsr() == null ? 0 : input.rsr();
    if (higher < rsr || higher >= 100) {
      return;
    }
    TierInput raised = new TierInput(input.gender(), higher, input.rosh(), input.mappaLevel(), input.registrations(),
        input.previousEnforcementActivity(), input.ogrs(), input.mandateForChange(), input.assessment(), input.unsupervised());

    assertThat(TierModelV2.calculate(raised).protect().points()).isGreaterThanOrEqualTo(
        TierModelV2.calculate(input).protect().points());
  }

  @Provide
  Arbitrary<Double> rsrs() {
    return Arbitraries.doubles().between(0, 120).ofScale(3);
  }

  @Provide
  Arbitrary<TierInput> inputs() {
    Arbitrary<TierAssessment> assessments = Combinators.combine(
        Arbitraries.maps(Arbitraries.of(Need.class), Arbitraries.of(NeedSeverity.class)).ofMaxSize(10),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
        .as(TierAssessment::new);
    Arbitrary<Set<String>> registrations = Arbitraries.of("RMDO", "ALSH", "RVLN", "RCCO", "RCPR", "RCHD", "RPIR", "RVAD",
        "STRG", "RTAO", "IIOM", "PRC", "HREG", "ADVP").set().ofMaxSize(6);
    return Combinators.combine(
        Arbitraries.of(Gender.class),
        rsrs().injectNull(0.2),
        Arbitraries.of(RoshLevel.class).injectNull(0.3),
        Arbitraries.integers().between(0, 3).injectNull(0.5),
        registrations,
        Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 100).injectNull(0.2),
        Combinators.combine(Arbitraries.of(true, false), assessments.injectNull(0.2), Arbitraries.of(true, false))
            .as((mandate, assessment, unsupervised) -> Map.entry(mandate, new Object[] {assessment, unsupervised})))
        .as((gender, rsr, rosh, mappa, codes, breach, ogrs, rest) -> new TierInput(gender, rsr, rosh, mappa, codes, breach,
            ogrs, rest.getKey(), (TierAssessment) rest.getValue()[0], (Boolean) rest.getValue()[1]));
  }
}
