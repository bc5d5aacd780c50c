package org.probatio.allocation.policy;

/** The public-interest and other national exclusions that kept a case with the NPS. */
public enum NationalExclusion {
  TERRORISM("terrorism"),
  FOREIGN_NATIONAL_FOR_DEPORTATION("foreign national liable to deportation"),
  PUBLIC_INTEREST("public interest");

  private final String label;

  NationalExclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
