package org.probatio.court.web;

import org.jspecify.annotations.Nullable;
import org.probatio.court.ReportSection;
import org.probatio.court.ReportSections;

/** The report's six sections as typed, and the version of the report the author opened. */
public record SectionsForm(
    @Nullable String sources,
    @Nullable String offenceAnalysis,
    @Nullable String riskAndNeeds,
    @Nullable String diversity,
    @Nullable String personsViews,
    @Nullable String proposal,
    @Nullable Integer version) {

  static SectionsForm of(ReportSections s, int version) {
    return new SectionsForm(s.sources(), s.offenceAnalysis(), s.riskAndNeeds(), s.diversity(), s.personsViews(),
        s.proposal(), version);
  }

  ReportSections sections() {
    return new ReportSections(sources, offenceAnalysis, riskAndNeeds, diversity, personsViews, proposal);
  }

  /** What the author typed in a section, for the page to show it back. */
  public @Nullable String text(ReportSection section) {
    return sections().get(section);
  }

  SectionsForm withVersion(int current) {
    return new SectionsForm(sources, offenceAnalysis, riskAndNeeds, diversity, personsViews, proposal, current);
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }
}
