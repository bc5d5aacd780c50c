/**
 * What staff and managers see at a glance: the home page with each practitioner's cases and the
 * warning flags overdue for review, and team lists for managers. It reads other modules' APIs and
 * owns no records of its own.
 */
@ApplicationModule(displayName = "Insights", allowedDependencies = {"people", "risk", "security", "workforce", "web"})
@NullMarked
package org.probatio.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
