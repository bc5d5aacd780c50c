package org.probatio.calendar;

import java.time.Instant;
import org.probatio.calendar.rules.HolidayChange;

/** A one-off change an administrator made to the bank holidays, and who made it when. */
public record BankHolidayChange(long id, HolidayChange change, Instant madeAt, String madeBy) {

  /** True for a bank holiday added, false for one removed. */
  public boolean added() {
    return change instanceof HolidayChange.Added;
  }
}
