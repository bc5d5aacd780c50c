package org.probatio.workload;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A version of the workload configuration without its figures: when it takes effect, who made it, when
 * and why, whether it was withdrawn, and where it stands today.
 */
public record WorkloadConfigurationVersion(long id, LocalDate effectiveFrom, String note, Instant madeAt, String madeBy,
    @Nullable Instant withdrawnAt, @Nullable String withdrawnBy, VersionStatus status) {}
