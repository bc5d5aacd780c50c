package org.probatio.calendar.rules;

import java.time.LocalDate;

/**
 * One bank holiday: its date, its name as GOV.UK gives it ("Good Friday"), and why it falls on that
 * date, in words ("the last Monday in May", "Substitute day: 25 December 2021 was a Saturday").
 */
public record BankHoliday(LocalDate date, String name, String why) {}
