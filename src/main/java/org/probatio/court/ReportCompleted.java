package org.probatio.court;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pre-sentence report was completed. */
public record ReportCompleted(long reportId, String crn, ReportType type, @Nullable String authorStaffCode,
    Instant completedAt) {}
