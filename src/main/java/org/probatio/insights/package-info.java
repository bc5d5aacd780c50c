/**
 * What staff and managers see at a glance: the home page with each practitioner's cases and the
 * warning flags overdue for review, team lists for managers, and the court-to-allocation dashboard
 * with the cases behind each figure. It reads other modules' APIs and owns no records of its own.
 */
@ApplicationModule(displayName = "Insights",
    allowedDependencies = {"people", "risk", "court", "allocation", "security", "workforce", "workload", "web"})
@NullMarked
package org.probatio.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
