package org.probatio.risk.scoring;

/** Previous convictions that raise the dynamic SNSV score, with their coefficients. */
public enum PreviousConviction {
  HOMICIDE(0.399463399258737),
  WOUNDING_GBH(0.451029720739399),
  KIDNAPPING(0.0749101406070305),
  FIREARMS(0.218055028351022),
  ROBBERY(0.163248217650296),
  AGGRAVATED_BURGLARY(0.506616685297771),
  WEAPON(0.184104582611966),
  CRIMINAL_DAMAGE(0.357345708081477),
  ARSON(0.12261588608151);

  private final double snsvDynamicWeight;

  PreviousConviction(double snsvDynamicWeight) {
    this.snsvDynamicWeight = snsvDynamicWeight;
  }

  double snsvDynamicWeight() {
    return snsvDynamicWeight;
  }
}
