package org.probatio.risk.scoring;

/** A predictor's band; NOT_APPLICABLE when the predictor does not apply to the person. */
public enum RiskBand {
  LOW,
  MEDIUM,
  HIGH,
  VERY_HIGH,
  NOT_APPLICABLE
}
