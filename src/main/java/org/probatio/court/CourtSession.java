package org.probatio.court;

/** The part of the court day a case is listed in. */
public enum CourtSession {
  MORNING("Morning"),
  AFTERNOON("Afternoon");

  private final String label;

  CourtSession(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
