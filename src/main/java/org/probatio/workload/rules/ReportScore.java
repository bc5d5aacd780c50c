package org.probatio.workload.rules;

/** A report's points and the rule that gave them, as in ("X123456", ORAL, 65, "Oral report: counted as fast, 65 points"). */
public record ReportScore(String crn, ReportKind kind, int points, String rule) {

  @Override
  public String toString() {
    return kind.label() + " for " + crn + ": " + points + (points == 1 ? " point" : " points") + " (" + rule + ")";
  }
}
