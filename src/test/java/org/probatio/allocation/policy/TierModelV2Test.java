package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.probatio.allocation.policy.TierCase.aMan;
import static org.probatio.allocation.policy.TierCase.aWoman;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tier model V2 as a whole: the tier code, the S suffix, the explanation, the input's ranges. */
class TierModelV2Test {

  @Test
  void the_tier_is_the_protect_letter_and_the_change_digit() {
    assertThat(aMan().rsr(23.0).ogrs(21).tier().code()).isEqualTo("B1");
    assertThat(aMan().mappaLevel(2).noAssessment().tier().code()).isEqualTo("A2");
    assertThat(aMan().noMandateForChange().tier().code()).isEqualTo("D0");
  }

  @Test
  void an_unsupervised_period_adds_an_s() {
    assertThat(aMan().rsr(23.0).noAssessment().unsupervised().tier().code()).isEqualTo("B2S");
  }

  @Test
  void a_prc_registration_is_an_unsupervised_period() {
    assertThat(aMan().registrations("PRC").tier().code()).isEqualTo("D1S");
  }

  @Test
  void the_explanation_names_the_model_version_each_level_and_each_factor() {
    Tier tier = aWoman().rsr(6.995).mappaLevel(1).registrations("RMDO", "IIOM").parenting().ogrs(21)
        .need(Need.ATTITUDES, NeedSeverity.STANDARD).unsupervised().tier();

    assertThat(tier.modelVersion()).isEqualTo("V2");
    assertThat(tier.code()).isEqualTo("C1S");
    assertThat(tier.explanation()).containsExactly(
        "Tier C1S (tier model V2)",
        "Protect level C: 19 points (10 to 19 points)",
        "  RSR 6.995%: 10 points (RSR 3% or more but under 7%: 10 points)",
        "  RoSH none: 0 points (No RoSH screening or full analysis: no points)",
        "  MAPPA level 1: 5 points (MAPPA level 1: 5 points)",
        "  Mental health registration (RMDO) active: 2 points (Each complexity factor registration: 2 points, counted once)",
        "  Previous breach or recall no: 0 points (Women only: a previous breach or recall adds 2 points)",
        "  Parenting responsibilities yes: 2 points (Women only: parenting responsibilities add 2 points)",
        "  Impulsivity or temper control problems impulsivity 0, temper control 0: 0 points (Women only: problems with"
            + " impulsivity or temper control add 2 points, counted once)",
        "Change level 1: 6 points",
        "  Attitudes need standard: 2 points (Weight 2 times standard (1))",
        "  OGRS 21%: 2 points (OGRS divided by 10, rounded down)",
        "  Integrated Offender Management registration (IIOM) active: 2 points (An Integrated Offender Management"
            + " registration: 2 points)",
        "S: the case is in an unsupervised period");
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({"23.0, 23%", "0, 0%", "6.995, 6.995%", "6.9, 6.9%", "99.99, 99.99%", "0.0001, 0.0001%", "999.99, 999.99%"})
  void percentages_are_written_without_trailing_zeros(double value, String written) {
    assertThat(TierModelV2.percent(value)).isEqualTo(written);
  }

  @Test
  void refuses_numbers_out_of_range_naming_the_field() {
    assertThatIllegalArgumentException().isThrownBy(() -> aMan().mappaLevel(4).input()).withMessage(
        "mappaLevel must be from 0 to 3, not 4");
    assertThatIllegalArgumentException().isThrownBy(() -> aMan().ogrs(101).input()).withMessageStartingWith("ogrs ");
    assertThatIllegalArgumentException().isThrownBy(() -> aMan().ogrs(-1).input()).withMessageStartingWith("ogrs ");
    assertThatIllegalArgumentException().isThrownBy(() -> aMan().rsr(-0.01).input()).withMessageStartingWith("rsr ");
    assertThatIllegalArgumentException().isThrownBy(() -> aMan().rsr(Double.NaN).input()).withMessageStartingWith("rsr ");
    assertThatIllegalArgumentException().isThrownBy(() -> aWoman().impulsivity(3).input())
        .withMessageStartingWith("impulsivity ");
    assertThatIllegalArgumentException().isThrownBy(() -> aWoman().temperControl(-1).input())
        .withMessageStartingWith("temperControl ");
  }
}
