package org.probatio.allocation;

import java.time.Instant;

/** A named person at the receiving provider acknowledged receipt of a handover. */
public record HandoverAcknowledged(long handoverId, String crn, String toProviderCode, String acknowledgedBy,
    Instant acknowledgedAt) {}
