package org.probatio.court;

/**
 * The kinds of pre-sentence report. Oral and fast delivery reports are written on the day, so their
 * partner checks are due the same day; a standard report is adjourned, and its checks are due by
 * the report's own due date.
 */
public enum ReportType {
  ORAL("Oral", true),
  FAST("Fast delivery (short format)", true),
  STANDARD("Standard", false);

  private final String label;
  private final boolean onTheDay;

  ReportType(String label, boolean onTheDay) {
    this.label = label;
    this.onTheDay = onTheDay;
  }

  public String label() {
    return label;
  }

  /** Whether the report is written on the day it is requested, with its checks due that day. */
  public boolean onTheDay() {
    return onTheDay;
  }
}
