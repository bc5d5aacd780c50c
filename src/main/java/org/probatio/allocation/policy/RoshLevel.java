package org.probatio.allocation.policy;

/** The level of a current RoSH (risk of serious harm) screening or full analysis, with its protect points. */
public enum RoshLevel {
  VERY_HIGH("very high", 150),
  HIGH("high", 20),
  MEDIUM("medium", 10),
  LOW("low", 0);

  private final String label;
  private final int protectPoints;

  RoshLevel(String label, int protectPoints) {
    this.label = label;
    this.protectPoints = protectPoints;
  }

  /** In words, as in "RoSH very high". */
  public String label() {
    return label;
  }

  public int protectPoints() {
    return protectPoints;
  }
}
