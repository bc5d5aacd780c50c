package org.probatio.court;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pre-sentence report was started; its author (a member of staff, when known) carries it on their workload. */
public record ReportStarted(long reportId, String crn, ReportType type, @Nullable String authorStaffCode,
    Instant requestedAt) {}
