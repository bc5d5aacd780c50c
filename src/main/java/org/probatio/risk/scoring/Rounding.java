package org.probatio.risk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The published rounding rules, exact to the binary value of each double. A double path answers
 * unless the value lies within {@link #NEAR} of a half-way point; only then is BigDecimal used, so
 * the results are those of the BigDecimal method with a fraction of its cost.
 */
final class Rounding {

  /** Far above the error of one double multiplication at these magnitudes (under 1e-11). */
  private static final double NEAR = 1e-7;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rounding() {}

  /** Whole percent of p, half up on the exact binary value of p (OVP, OGP). */
  static int wholePercent(double p) {
    double x = p * 100;
    double floor = Math.floor(x);
    double fraction = x - floor;
    if (Math.abs(fraction - 0.5) > NEAR) {
      return (int) floor + (fraction > 0.5 ? 1 : 0);
    }
    return new BigDecimal(p).multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  /**
   * OGRS3's double rounding: p to 5 dp held as a double, then whole percent of that double's exact
   * binary value. Returns the whole percent.
   */
  static int ogrs3Percent(double p) {
    double x = p * 100_000;
    double floor = Math.floor(x);
    double fraction = x - floor;
    long fiveDp;
    if (Math.abs(fraction - 0.5) > NEAR) {
      fiveDp = (long) floor + (fraction > 0.5 ? 1 : 0);
    } else {
      fiveDp = new BigDecimal(p).setScale(5, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
    if (fiveDp % 1000 != 500) {
      return (int) ((fiveDp + 500) / 1000);
    }
    // k/100000 as a double lies just above or below the half-way point: its binary value decides.
    return wholePercent(fiveDp / 100_000.0);
  }

  /** 100 p rounded half up to 2 dp (OSP/DC, OSP/IIC, SNSV). */
  static double percentTwoDp(double p) {
    double x = p * 10_000;
    double floor = Math.floor(x);
    double fraction = x - floor;
    if (Math.abs(fraction - 0.5) > NEAR) {
      return (floor + (fraction > 0.5 ? 1 : 0)) / 100;
    }
    return exactPercentTwoDp(p);
  }

  static double exactPercentTwoDp(double p) {
    return new BigDecimal(p).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** Half up to 2 dp of a sum of 2-dp values, whose binary noise is far below 0.005 (RSR). */
  static double twoDp(double sumOfTwoDpValues) {
    return Math.round(sumOfTwoDpValues * 100) / 100.0;
  }

  /** Half up to 16 dp (SNSV's violence-rate term and probability). */
  static double sixteenDp(double value) {
    return new BigDecimal(value).setScale(16, RoundingMode.HALF_UP).doubleValue();
  }

  /** Whether 100 p lies so near a 2-dp half-way point that rounding p to 16 dp first could matter. */
  static boolean nearTwoDpBoundary(double p) {
    double x = p * 10_000;
    return Math.abs(x - Math.floor(x) - 0.5) <= NEAR;
  }

  /** The logistic function e^y / (1 + e^y), written as the models define it. */
  static double logistic(double y) {
    double e = Math.exp(y);
    return e / (1 + e);
  }
}
