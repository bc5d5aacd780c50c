package org.probatio.workforce;

/** Staff grades, as probation staff name them. */
public enum Grade {
  PO("Probation officer"),
  PQIP("Professional qualification in probation learner"),
  PSO("Probation services officer"),
  SPO("Senior probation officer"),
  VLO("Victim liaison officer"),
  COURT_OFFICER("Court officer"),
  ADMIN("Administrator"),
  INSPECTOR("Inspector");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
