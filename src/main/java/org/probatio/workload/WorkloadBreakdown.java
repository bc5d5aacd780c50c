package org.probatio.workload;

import org.jspecify.annotations.Nullable;
import org.probatio.workforce.ReductionHours;
import org.probatio.workforce.StaffMember;
import org.probatio.workload.rules.Workload;

/**
 * A practitioner's workload worked out now, explained: which cases and reports with which points, which
 * reductions took which hours off, and the workload configuration used.
 */
public record WorkloadBreakdown(StaffMember staff, Workload workload, @Nullable ReductionHours reductions,
    WorkloadConfiguration configuration) {}
