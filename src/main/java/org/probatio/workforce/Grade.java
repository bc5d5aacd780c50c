package org.probatio.workforce;

/**
 * Staff grades, as probation staff name them. The code letter follows the provider code in the staff
 * codes Probatio gives new staff (N01P001 is a probation officer of provider N01).
 */
public enum Grade {
  PO("Probation officer", 'P'),
  PQIP("Professional qualification in probation learner", 'Q'),
  PSO("Probation services officer", 'S'),
  SPO("Senior probation officer", 'M'),
  VLO("Victim liaison officer", 'V'),
  COURT_OFFICER("Court officer", 'C'),
  ADMIN("Administrator", 'A'),
  INSPECTOR("Inspector", 'I');

  private final String label;
  private final char codeLetter;

  Grade(String label, char codeLetter) {
    this.label = label;
    this.codeLetter = codeLetter;
  }

  public String label() {
    return label;
  }

  public char codeLetter() {
    return codeLetter;
  }
}
