/**
 * England and Wales bank holidays and working-day arithmetic as pure functions: the holiday rules
 * ({@link org.probatio.calendar.rules.HolidayRule}), the built-in table of one-off changes since 2000
 * ({@link org.probatio.calendar.rules.OneOffChanges}), the holidays they give for a year ({@link
 * org.probatio.calendar.rules.BankHolidays}) and counting in working days ({@link
 * org.probatio.calendar.rules.WorkingDays}). No Spring, no database, no clock: every date is an input.
 * Published to other modules as the "rules" interface, for batch work that holds one calendar.
 */
@NamedInterface("rules")
@NullMarked
package org.probatio.calendar.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
