package org.probatio.court;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A police or children's services check for a report. {@code respondedBy} is who at the agency
 * answered, {@code recordedBy} the user who recorded it. {@code late} is worked out against the
 * clock when the check is read: due time passed, no answer. {@code escalatedAt} is when it first
 * reached a senior practitioner's list of late checks.
 */
public record PartnerCheck(
    long id,
    long reportId,
    CheckKind kind,
    Instant requestedAt,
    Instant dueAt,
    @Nullable CheckOutcome outcome,
    @Nullable String details,
    @Nullable String notObtainedReason,
    @Nullable String respondedBy,
    @Nullable Instant respondedAt,
    @Nullable String recordedBy,
    @Nullable Instant escalatedAt,
    int version,
    boolean late) {

  public boolean answered() {
    return outcome != null;
  }

  /** Answered, but after its due time. */
  public boolean answeredLate() {
    return respondedAt != null && respondedAt.isAfter(dueAt);
  }

  /** The same check, marked as escalated at this time. */
  public PartnerCheck escalatedAt(Instant at) {
    return new PartnerCheck(id, reportId, kind, requestedAt, dueAt, outcome, details, notObtainedReason, respondedBy,
        respondedAt, recordedBy, at, version, late);
  }
}
