package org.probatio.risk;

/**
 * Registration (warning flag) types, by their register codes. The review interval is the default
 * for a new registration; a practitioner may set another when registering.
 */
public enum RegisterType {
  MAPP("MAPPA", 3),
  RVHR("Very high RoSH", 3),
  RHRH("High RoSH", 3),
  RMRH("Medium RoSH", 6),
  RLRH("Low RoSH", 6),
  ADVP("Domestic abuse perpetrator", 3),
  ADVV("Domestic abuse victim", 6),
  IMAR("MARAC (multi-agency risk assessment conference)", 3),
  RCPR("Child protection", 3),
  RCCO("Child concerns", 6),
  RCHD("Risk to children", 3),
  AV2S("Risk to staff", 6),
  WEAP("Weapons", 6),
  ALSH("Suicide or self-harm", 3),
  RMDO("Mental health issues", 6),
  RVLN("Vulnerability", 6),
  RVAD("Adult at risk", 6),
  STRG("Street gangs", 6),
  RTAO("Terrorism", 3),
  RPIR("Public interest", 6),
  ARSO("Registered sex offender", 6),
  IIOM("Integrated offender management", 6),
  PRC("Unsupervised period (licence suspended or person unlawfully at large)", 3),
  HREG("Historic register", 12);

  private final String label;
  private final int reviewEveryMonths;

  RegisterType(String label, int reviewEveryMonths) {
    this.label = label;
    this.reviewEveryMonths = reviewEveryMonths;
  }

  public String label() {
    return label;
  }

  public int reviewEveryMonths() {
    return reviewEveryMonths;
  }

  public boolean isMappa() {
    return this == MAPP;
  }
}
