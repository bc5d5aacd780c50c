package org.probatio.workforce;

/** How a reduction is given: hours a week, or a percentage of the member of staff's contracted hours. */
public enum ReductionKind {
  HOURS("Hours a week"),
  PERCENT("Percentage of contracted hours");

  private final String label;

  ReductionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
