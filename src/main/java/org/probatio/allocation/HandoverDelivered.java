package org.probatio.allocation;

import java.time.Instant;

/** A handover package reached the receiving provider's inbox, with this many checklist items missing. */
public record HandoverDelivered(long handoverId, String crn, long decisionId, String fromProviderCode,
    String toProviderCode, Instant deliveredAt, int missingItems) {}
