package org.probatio.allocation.policy;

/** The criteria that sent a case to the NPS under Transforming Rehabilitation, in the order they are tested. */
public enum NpsCriterion {
  MAPPA_ELIGIBLE("MAPPA eligible (any category)"),
  ROSH_HIGH_OR_VERY_HIGH("RoSH high or very high"),
  RSR_AT_ESCALATION_THRESHOLD("RSR 6.9% or more"),
  NATIONAL_EXCLUSION("public-interest or other national exclusion");

  private final String label;

  NpsCriterion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
