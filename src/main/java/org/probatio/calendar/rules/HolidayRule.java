package org.probatio.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * The rules that set the England and Wales bank holidays, one a holiday, in the order of the year.
 * A holiday on a fixed date that falls at a weekend is held on the next weekday that is not already
 * a bank holiday: a "substitute day".
 */
public enum HolidayRule {
  NEW_YEARS_DAY("New Year’s Day", "1 January", year -> LocalDate.of(year, Month.JANUARY, 1)),
  GOOD_FRIDAY("Good Friday", "the Friday before Easter Sunday", year -> Easter.sunday(year).minusDays(2)),
  EASTER_MONDAY("Easter Monday", "the Monday after Easter Sunday", year -> Easter.sunday(year).plusDays(1)),
  EARLY_MAY("Early May bank holiday", "the first Monday in May",
      year -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))),
  SPRING("Spring bank holiday", "the last Monday in May",
      year -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))),
  SUMMER("Summer bank holiday", "the last Monday in August",
      year -> LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))),
  CHRISTMAS_DAY("Christmas Day", "25 December", year -> LocalDate.of(year, Month.DECEMBER, 25)),
  BOXING_DAY("Boxing Day", "26 December", year -> LocalDate.of(year, Month.DECEMBER, 26));

  private final String holidayName;
  private final String description;
  private final IntFunction<LocalDate> date;

  HolidayRule(String holidayName, String description, IntFunction<LocalDate> date) {
    this.holidayName = holidayName;
    this.description = description;
    this.date = date;
  }

  /** The holiday's name, as GOV.UK lists it. */
  public String holidayName() {
    return holidayName;
  }

  /** When the holiday falls, in words. */
  public String description() {
    return description;
  }

  /** The rule's own date in the year, before any substitute day. */
  public LocalDate dateIn(int year) {
    return date.apply(year);
  }
}
