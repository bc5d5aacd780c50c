package org.probatio.court;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pre-sentence report with its partner checks. {@code roshAssessmentId} is the RoSH screening
 * (in the risk module) that was current when the report was last saved: its risk and needs rest on it.
 */
public record PreSentenceReport(
    long id,
    long hearingId,
    String crn,
    ReportType type,
    Instant requestedAt,
    Instant dueAt,
    @Nullable Instant completedAt,
    @Nullable Boolean deliveredOnDay,
    @Nullable String authorStaffCode,
    String authorName,
    ReportSections sections,
    @Nullable Long roshAssessmentId,
    int version,
    List<PartnerCheck> checks) {

  public boolean completed() {
    return completedAt != null;
  }

  /** Whether it may be completed now, and what is missing if not. */
  public ReportCompletion completion() {
    return ReportCompletion.decide(type, sections, checkOutcomes(), roshAssessmentId != null);
  }

  /** Each check's outcome, null where it has none yet. */
  public Map<CheckKind, @Nullable CheckOutcome> checkOutcomes() {
    Map<CheckKind, @Nullable CheckOutcome> outcomes = new EnumMap<>(CheckKind.class);
    checks.forEach(check -> outcomes.put(check.kind(), check.outcome()));
    return outcomes;
  }

  public List<PartnerCheck> lateChecks() {
    return checks.stream().filter(PartnerCheck::late).toList();
  }
}
