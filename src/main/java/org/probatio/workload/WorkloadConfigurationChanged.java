package org.probatio.workload;

import java.time.LocalDate;

/**
 * An administrator made a new version of the workload configuration, or withdrew one not yet in force.
 * Workload figures from {@code effectiveFrom} on may need working out again.
 */
public record WorkloadConfigurationChanged(long versionId, LocalDate effectiveFrom, boolean withdrawn) {}
