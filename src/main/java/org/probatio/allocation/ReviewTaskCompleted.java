package org.probatio.allocation;

import java.time.Instant;

/** The receiving provider reviewed the initial risk assessment of a case handed to it. */
public record ReviewTaskCompleted(long taskId, long handoverId, String crn, String providerCode, String completedBy,
    Instant completedAt) {}
