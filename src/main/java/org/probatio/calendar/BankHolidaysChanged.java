package org.probatio.calendar;

import java.time.LocalDate;

/**
 * An administrator added or withdrew a one-off change to the bank holidays, on this date. Deadlines
 * counted over the date may have moved.
 */
public record BankHolidaysChanged(LocalDate date) {}
