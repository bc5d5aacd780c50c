package org.probatio.workload.rules;

/** A case's current RoSH (risk of serious harm) level, as the grade rules read it. */
public enum Rosh {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  VERY_HIGH("very high");

  private final String label;

  Rosh(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
