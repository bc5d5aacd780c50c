package org.probatio.court;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A partner check as the court-to-allocation figures count it. It was returned on time when the
 * agency's answer (not a reason it could not be obtained) was recorded by its due time.
 */
public record CheckReturn(
    long checkId,
    long reportId,
    String crn,
    CheckKind kind,
    Instant requestedAt,
    Instant dueAt,
    @Nullable Instant respondedAt,
    @Nullable CheckOutcome outcome,
    boolean returnedOnTime) {}
