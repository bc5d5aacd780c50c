package org.probatio.risk.scoring;

/** The lowest score of each band above LOW; a band a predictor lacks starts at infinity. */
record BandThresholds(double medium, double high, double veryHigh) {

  static final BandThresholds OGRS3 = new BandThresholds(50, 75, 90);
  static final BandThresholds OVP = new BandThresholds(30, 60, 80);
  static final BandThresholds OGP = new BandThresholds(34, 67, 85);
  /** On OSP/DC's 64-point scale. */
  static final BandThresholds OSP_DC_POINTS = new BandThresholds(22, 30, 36);
  static final BandThresholds RSR = new BandThresholds(3.0, 6.9, Double.POSITIVE_INFINITY);

  RiskBand band(double score) {
    if (score >= veryHigh) {
      return RiskBand.VERY_HIGH;
    }
    if (score >= high) {
      return RiskBand.HIGH;
    }
    return score >= medium ? RiskBand.MEDIUM : RiskBand.LOW;
  }
}
