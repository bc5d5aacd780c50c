package org.probatio.workload.rules;

/** The three kinds of case the points table weighs differently. */
public enum CaseType {
  COMMUNITY("community", "Community"),
  LICENCE("licence", "Licence"),
  CUSTODY("custody", "Custody");

  private final String label;
  private final String heading;

  CaseType(String label, String heading) {
    this.label = label;
    this.heading = heading;
  }

  /** In running text, as in "B3 custody". */
  public String label() {
    return label;
  }

  /** As a column heading. */
  public String heading() {
    return heading;
  }
}
