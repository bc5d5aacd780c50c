package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import org.probatio.calendar.rules.BankHolidays;
import org.probatio.court.Deadlines;

/**
 * London times for generated records, quickly: the offset from UTC of each day the calendar covers
 * is worked out once. Generated times fall in the day, never in the hour the clocks change, so a
 * day's offset at noon is right for every time generated on it.
 */
final class LondonTime {

  private static final ZoneRules RULES = Deadlines.COURT_ZONE.getRules();
  private static final long FIRST_DAY = LocalDate.of(BankHolidays.FIRST_YEAR, 1, 1).toEpochDay();
  private static final int[] OFFSET_SECONDS = offsets();

  private LondonTime() {}

  /** The instant of a London time on a day, {@code minutes} after midnight. */
  static Instant at(LocalDate day, int minutes) {
    return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + minutes * 60L - offset(day.toEpochDay()));
  }

  /** The London day of an instant. */
  static LocalDate day(Instant at) {
    long utcDay = Math.floorDiv(at.getEpochSecond(), 86_400);
    return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond() + offset(utcDay), 86_400));
  }

  private static int offset(long epochDay) {
    long index = epochDay - FIRST_DAY;
    if (index < 0 || index >= OFFSET_SECONDS.length) {
      return RULES.getOffset(LocalDate.ofEpochDay(epochDay).atTime(12, 0)).getTotalSeconds();
    }
    return OFFSET_SECONDS[(int) index];
  }

  private static int[] offsets() {
    int days = (int) (LocalDate.of(BankHolidays.LAST_YEAR, 12, 31).toEpochDay() - FIRST_DAY + 1);
    int[] offsets = new int[days];
    for (int i = 0; i < days; i++) {
      ZoneOffset offset = RULES.getOffset(LocalDate.ofEpochDay(FIRST_DAY + i).atTime(12, 0));
      offsets[i] = offset.getTotalSeconds();
    }
    return offsets;
  }
}
