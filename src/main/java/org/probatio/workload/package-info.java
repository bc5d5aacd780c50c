/**
 * Workload: the points each case and report is worth, the effective-dated tables that say so, each
 * practitioner's measured workload and capacity, and allocating a case to a practitioner with the
 * grade rules. The staff, team and reduction pages live here too: {@code workforce} keeps those
 * records, but {@code security} depends on {@code workforce}, so its pages cannot live there without
 * a cycle. The rules themselves are pure functions in {@code workload.rules}.
 */
@ApplicationModule(displayName = "Workload",
    allowedDependencies = {"people", "risk", "court", "allocation", "allocation :: policy", "calendar", "workforce",
        "security", "audit", "web", "bulk"})
@NullMarked
package org.probatio.workload;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
