package org.probatio.allocation;

/** A first allocation after sentence, or a risk escalation referral from a CRC to the NPS. */
public enum DecisionKind {
  ALLOCATION("Allocation after sentence"),
  ESCALATION("Risk escalation referral");

  private final String label;

  DecisionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
