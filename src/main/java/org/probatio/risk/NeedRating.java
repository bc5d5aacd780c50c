package org.probatio.risk;

/** How much a need contributes to offending. */
public enum NeedRating {
  NO_NEED("No need"),
  STANDARD("Standard need"),
  SEVERE("Severe need");

  private final String label;

  NeedRating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
