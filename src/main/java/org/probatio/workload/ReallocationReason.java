package org.probatio.workload;

/** Why a case moves from one practitioner to another. */
public enum ReallocationReason {
  CASELOAD_ADJUSTMENT("Caseload adjustment"),
  CHANGE_IN_TIER_OR_RISK("Change in tier or risk"),
  CHANGE_OF_ADDRESS("Change of address"),
  OFFICER_LEFT("Officer left"),
  RISK_TO_STAFF("Risk to staff"),
  TRANSFER_IN("Transfer in"),
  OTHER("Other");

  private final String label;

  ReallocationReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
