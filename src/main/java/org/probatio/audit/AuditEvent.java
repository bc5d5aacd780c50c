package org.probatio.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail. */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String username,
    Channel channel,
    AuditAction action,
    String subjectType,
    @Nullable String subjectId,
    Map<String, Object> details) {}
