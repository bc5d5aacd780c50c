package org.probatio.court;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sections of a pre-sentence report, and the report types that must have each written before
 * the report is completed. An oral report is spoken in court; what the person said is part of its
 * offence analysis, so the separate "person's views" section is required only of written reports.
 */
public enum ReportSection {
  SOURCES("sources", "Sources of information used", EnumSet.allOf(ReportType.class)),
  OFFENCE_ANALYSIS("offenceAnalysis", "Offence analysis", EnumSet.allOf(ReportType.class)),
  RISK_AND_NEEDS("riskAndNeeds", "Risk and needs", EnumSet.allOf(ReportType.class)),
  DIVERSITY("diversity", "Diversity and personal circumstances", EnumSet.allOf(ReportType.class)),
  PERSONS_VIEWS("personsViews", "The person's views", EnumSet.of(ReportType.FAST, ReportType.STANDARD)),
  PROPOSAL("proposal", "Proposal", EnumSet.allOf(ReportType.class));

  private final String field;
  private final String label;
  private final Set<ReportType> requiredFor;

  ReportSection(String field, String label, Set<ReportType> requiredFor) {
    this.field = field;
    this.label = label;
    this.requiredFor = requiredFor;
  }

  /** The section's name in forms and the API. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  public boolean requiredFor(ReportType type) {
    return requiredFor.contains(type);
  }
}
