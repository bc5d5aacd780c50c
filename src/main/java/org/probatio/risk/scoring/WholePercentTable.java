package org.probatio.risk.scoring;

import java.util.List;

/**
 * The 1- and 2-year whole-percent scores of a point-scored predictor, logistic in its points,
 * worked out once for every point score so that scoring needs no exp().
 */
final class WholePercentTable {

  private static final int MOST_POINTS = 200;

  private final int[] oneYear = new int[MOST_POINTS + 1];
  private final int[] twoYear = new int[MOST_POINTS + 1];

  WholePercentTable(double perPoint, double oneYearIntercept, double twoYearIntercept) {
    for (int points = 0; points <= MOST_POINTS; points++) {
      oneYear[points] = Ogrs3.clamp(Rounding.wholePercent(Rounding.logistic(perPoint * points + oneYearIntercept)));
      twoYear[points] = Ogrs3.clamp(Rounding.wholePercent(Rounding.logistic(perPoint * points + twoYearIntercept)));
    }
  }

  PointScoreResult result(int points, BandThresholds bands) {
    int capped = Math.max(0, Math.min(points, MOST_POINTS));
    return new PointScoreResult(bands.band(twoYear[capped]), oneYear[capped], twoYear[capped], points, List.of());
  }
}
