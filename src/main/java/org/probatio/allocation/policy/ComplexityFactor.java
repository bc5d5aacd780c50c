package org.probatio.allocation.policy;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The registrations that are complexity factors on the protect axis: 2 points each, each counted once. */
public enum ComplexityFactor {
  RMDO("mental health"),
  ALSH("suicide or self-harm"),
  RVLN("vulnerability"),
  RCCO("child concerns"),
  RCPR("child protection"),
  RCHD("risk to children"),
  RPIR("public interest"),
  RVAD("adult at risk"),
  STRG("street gangs"),
  RTAO("terrorism");

  public static final int POINTS = 2;

  private static final Map<String, ComplexityFactor> BY_CODE = new HashMap<>();

  static {
    for (ComplexityFactor factor : values()) {
      BY_CODE.put(factor.name(), factor);
    }
  }

  private final String label;

  ComplexityFactor(String label) {
    this.label = label;
  }

  /** The complexity factor a register code stands for, or null when it is not one. */
  public static @Nullable ComplexityFactor byCode(String registerCode) {
    return BY_CODE.get(registerCode);
  }

  public String label() {
    return label;
  }
}
