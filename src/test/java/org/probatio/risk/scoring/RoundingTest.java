package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The double paths give exactly what the BigDecimal method gives, above all next to half-way points. */
class RoundingTest {

  @ParameterizedTest(name = "{0} is {1} percent")
  @CsvSource({"0.155, 15", "0.165, 17", "0.125, 13", "0.005, 1", "0.994999, 99", "0.0, 0"})
  void whole_percent_rounds_half_up_on_the_exact_binary_value(double p, int percent) {
    // 0.155 is held as 0.15499999999999999889..., 0.165 as 0.16500000000000000777...
    assertThat(Rounding.wholePercent(p)).isEqualTo(percent).isEqualTo(exactWholePercent(p));
  }

  @ParameterizedTest(name = "{0} is {1} percent")
  @CsvSource({"0.154998307453847, 15", "0.15499, 15", "0.165, 17", "0.1449951, 14", "0.125, 13"})
  void ogrs3_rounds_to_5_dp_then_to_whole_percent(double p, int percent) {
    // 0.1449951 becomes 0.14500, held as 0.14499999999999999001..., so 14
    assertThat(Rounding.ogrs3Percent(p)).isEqualTo(percent).isEqualTo(exactOgrs3Percent(p));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0.0060, 0.6", "0.10310, 10.31", "0.03328, 3.33", "0.00926, 0.93", "0.00062, 0.06", "0.123455, 12.35"})
  void two_dp_percent_rounds_half_up(double p, double percent) {
    assertThat(Rounding.percentTwoDp(p)).isEqualTo(percent).isEqualTo(Rounding.exactPercentTwoDp(p));
  }

  @Property
  void every_fast_path_equals_the_exact_method(@ForAll("probabilities") double p) {
    assertThat(Rounding.wholePercent(p)).isEqualTo(exactWholePercent(p));
    assertThat(Rounding.ogrs3Percent(p)).isEqualTo(exactOgrs3Percent(p));
    assertThat(Rounding.percentTwoDp(p)).isEqualTo(Rounding.exactPercentTwoDp(p));
  }

  /** Any probability, and ones a few ulps either side of the half-way points of each rounding. */
  @Provide
  Arbitrary<Double> probabilities() {
    Arbitrary<Double> nearHalves = Arbitraries.integers().between(0, 199_999).flatMap(k ->
        Arbitraries.of(100.0, 100_000.0, 10_000.0).flatMap(scale -> Arbitraries.integers().between(-4, 4).map(ulps -> {
          double half = (k % (int) Math.min(scale * 2, 200_000) + 0.5) / scale;
          double p = half;
          for (int i = 0; i < Math.abs(ulps); i++) {
            p = ulps < 0 ? Math.nextDown(p) : Math.nextUp(p);
          }
          return Math.min(Math.max(p, 0.0), 1.0);
        })));
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), nearHalves);
  }

  static int exactWholePercent(double p) {
    return new BigDecimal(p).multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  static int exactOgrs3Percent(double p) {
    return exactWholePercent(new BigDecimal(p).setScale(5, RoundingMode.HALF_UP).doubleValue());
  }
}
