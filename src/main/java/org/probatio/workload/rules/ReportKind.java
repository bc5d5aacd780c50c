package org.probatio.workload.rules;

import java.util.List;

/**
 * The reports that count towards a practitioner's workload. An oral report counts as a fast (short
 * format) report: the points table has a figure for standard, fast and parole reports only.
 */
public enum ReportKind {
  STANDARD("Standard pre-sentence report"),
  FAST("Fast delivery (short format) pre-sentence report"),
  ORAL("Oral pre-sentence report"),
  PAROLE("Parole report");

  /** The kinds with their own figure in the points table, in its order. */
  public static final List<ReportKind> SCORED = List.of(STANDARD, FAST, PAROLE);

  private final String label;

  ReportKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind whose figure this kind takes: fast for an oral report, else itself. */
  public ReportKind countsAs() {
    return this == ORAL ? FAST : this;
  }
}
