package org.probatio.court;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sections of a pre-sentence report, and the report types that must have each written before
 * the report is completed. An oral report is spoken in court; what the person said is part of its
 * offence analysis, so the separate "person's views" section is required only of written reports.
 */
public enum ReportSection {
  SOURCES("sources", "Sources of information used", EnumSet.allOf(ReportType.class),
      "For example, the interview, CPS case papers, previous convictions and the partner checks"),
  OFFENCE_ANALYSIS("offenceAnalysis", "Offence analysis", EnumSet.allOf(ReportType.class),
      "What happened, why, and the person's attitude to it and to the victim"),
  RISK_AND_NEEDS("riskAndNeeds", "Risk and needs", EnumSet.allOf(ReportType.class),
      "Risk of serious harm from the RoSH screening, likelihood of reoffending, and the needs behind the offending"),
  DIVERSITY("diversity", "Diversity and personal circumstances", EnumSet.allOf(ReportType.class),
      "Age, disability, ethnicity, faith, gender, maturity, caring responsibilities, housing and work"),
  PERSONS_VIEWS("personsViews", "The person's views", EnumSet.of(ReportType.FAST, ReportType.STANDARD),
      "What the person says about the offence, their circumstances and a sentence"),
  PROPOSAL("proposal", "Proposal", EnumSet.allOf(ReportType.class),
      "The sentence proposed, with its requirements, and why");

  private final String field;
  private final String label;
  private final Set<ReportType> requiredFor;
  private final String hint;

  ReportSection(String field, String label, Set<ReportType> requiredFor, String hint) {
    this.field = field;
    this.label = label;
    this.requiredFor = requiredFor;
    this.hint = hint;
  }

  /** The section's name in forms and the API. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** What the section should cover, for the author. */
  public String hint() {
    return hint;
  }

  public boolean requiredFor(ReportType type) {
    return requiredFor.contains(type);
  }
}
