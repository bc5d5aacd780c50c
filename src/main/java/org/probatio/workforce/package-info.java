/**
 * The organisation: providers (NPS divisions and CRCs, or regions of a unified service), their
 * delivery units and teams, and staff with their grades, contracted hours, start and last working
 * days, and the reductions of their workloads. Other modules look staff and providers up through
 * {@link org.probatio.workforce.Workforce} and read reduction hours through
 * {@link org.probatio.workforce.Reductions}; administrators' changes go through
 * {@link org.probatio.workforce.StaffRecords}, {@link org.probatio.workforce.Teams} and Reductions,
 * are audited, and are announced as {@link org.probatio.workforce.StaffChanged} and
 * {@link org.probatio.workforce.ReductionsChanged}. The pages and API are in {@code workload.web},
 * since {@code security} depends on this module.
 */
@ApplicationModule(displayName = "Workforce", allowedDependencies = "audit")
@NullMarked
package org.probatio.workforce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
