package org.probatio.risk;

/** When in the case an assessment was done. Allocation needs one from the court report stage or later. */
public enum AssessmentStage {
  COURT_REPORT("Court report"),
  POST_SENTENCE("After sentence"),
  REVIEW("Review");

  private final String label;

  AssessmentStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
