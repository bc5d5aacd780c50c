package org.probatio.allocation.policy;

import org.jspecify.annotations.Nullable;

/**
 * The RSR bands of the protect axis. The ranges are half-open, so no score falls between them: 6.995
 * is in the 3% band. A score of 100% or more is outside the scale and gives no points.
 */
public enum RsrBand {
  SEVEN_OR_MORE(7.0, 100.0, 20, "RSR 7% or more: 20 points"),
  THREE_OR_MORE(3.0, 7.0, 10, "RSR 3% or more but under 7%: 10 points");

  static final String BELOW_THREE = "RSR under 3%: no points";
  static final String OFF_THE_SCALE = "RSR of 100% or more is outside the scale: no points";

  private final double from;
  private final double below;
  private final int points;
  private final String rule;

  RsrBand(double from, double below, int points, String rule) {
    this.from = from;
    this.below = below;
    this.points = points;
    this.rule = rule;
  }

  /** The band of a score, or null when it gives no points. */
  public static @Nullable RsrBand of(double rsr) {
    for (RsrBand band : values()) {
      if (rsr >= band.from && rsr < band.below) {
        return band;
      }
    }
    return null;
  }

  public int points() {
    return points;
  }

  public String rule() {
    return rule;
  }
}
