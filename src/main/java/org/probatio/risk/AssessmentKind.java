package org.probatio.risk;

/** A RoSH screening decides whether a full analysis is needed. */
public enum AssessmentKind {
  SCREENING("RoSH screening"),
  FULL_ANALYSIS("Full RoSH analysis");

  private final String label;

  AssessmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
