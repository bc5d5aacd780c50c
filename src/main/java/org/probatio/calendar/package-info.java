/**
 * Working days for England and Wales. The bank holidays come from the rules and the built-in table
 * of one-off changes in {@code calendar.rules} (pure, published as the "rules" interface), plus the
 * one-off changes administrators add for future years. Every deadline in Probatio is counted with
 * {@link org.probatio.calendar.WorkingDayCalendar}.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {"security", "audit", "web"})
@NullMarked
package org.probatio.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
