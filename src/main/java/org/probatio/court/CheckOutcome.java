package org.probatio.court;

/** What a partner agency said; NOT_OBTAINED carries the reason the answer could not be had. */
public enum CheckOutcome {
  NO_CONCERNS("No concerns"),
  CONCERNS_SHARED("Concerns shared"),
  NOT_OBTAINED("Could not be obtained");

  private final String label;

  CheckOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
