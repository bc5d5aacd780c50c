package org.probatio.risk;

/** Risk of Serious Harm, lowest first, so levels compare by their order. */
public enum RoshLevel {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High"),
  VERY_HIGH("Very high");

  private final String label;

  RoshLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static RoshLevel highest(RoshLevel... levels) {
    RoshLevel highest = LOW;
    for (RoshLevel level : levels) {
      if (level != null && level.compareTo(highest) > 0) {
        highest = level;
      }
    }
    return highest;
  }
}
