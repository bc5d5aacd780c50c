package org.probatio.allocation;

/** An override waits for a senior practitioner's approval; everything else is final when made. */
public enum DecisionStatus {
  FINAL("Final"),
  AWAITING_APPROVAL("Override awaiting approval"),
  REJECTED("Override rejected");

  private final String label;

  DecisionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
