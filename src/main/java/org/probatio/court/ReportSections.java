package org.probatio.court;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The six written sections of a pre-sentence report; a section is null until something is written in it. */
public record ReportSections(
    @Nullable String sources,
    @Nullable String offenceAnalysis,
    @Nullable String riskAndNeeds,
    @Nullable String diversity,
    @Nullable String personsViews,
    @Nullable String proposal) {

  public static ReportSections empty() {
    return new ReportSections(null, null, null, null, null, null);
  }

  /** Blank text counts as empty, and surrounding spaces are dropped. */
  public ReportSections {
    sources = clean(sources);
    offenceAnalysis = clean(offenceAnalysis);
    riskAndNeeds = clean(riskAndNeeds);
    diversity = clean(diversity);
    personsViews = clean(personsViews);
    proposal = clean(proposal);
  }

  public @Nullable String get(ReportSection section) {
    return switch (section) {
      case SOURCES -> sources;
      case OFFENCE_ANALYSIS -> offenceAnalysis;
      case RISK_AND_NEEDS -> riskAndNeeds;
      case DIVERSITY -> diversity;
      case PERSONS_VIEWS -> personsViews;
      case PROPOSAL -> proposal;
    };
  }

  public boolean written(ReportSection section) {
    return get(section) != null;
  }

  /** The sections whose text differs from {@code before}, for the audit trail. */
  public List<ReportSection> changedFrom(ReportSections before) {
    List<ReportSection> changed = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      if (!java.util.Objects.equals(get(section), before.get(section))) {
        changed.add(section);
      }
    }
    return changed;
  }

  private static @Nullable String clean(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
