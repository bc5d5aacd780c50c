package org.probatio.calendar.rules;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Counting in working days: Monday to Friday, except bank holidays. Every answer is a look-up in two
 * tables made once for the calendar's hundred years, so deadline and timeliness checks over millions
 * of cases cost no more than reading an array.
 */
public final class WorkingDays {

  private static final long FIRST_DAY = LocalDate.of(BankHolidays.FIRST_YEAR, 1, 1).toEpochDay();
  private static final LocalDate LAST_DAY = LocalDate.of(BankHolidays.LAST_YEAR, 12, 31);
  private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY + 1);

  private static final WorkingDays ENGLAND_AND_WALES = new WorkingDays(BankHolidays.englandAndWales());

  private final BankHolidays bankHolidays;
  /** For each day of the range, by its offset from the first: how many working days come before it. */
  private final int[] workingBefore = new int[DAYS + 1];
  /** The offset of each working day, in order. */
  private final int[] workingDays;

  private WorkingDays(BankHolidays bankHolidays) {
    this.bankHolidays = bankHolidays;
    boolean[] holiday = new boolean[DAYS];
    for (int year = BankHolidays.FIRST_YEAR; year <= BankHolidays.LAST_YEAR; year++) {
      bankHolidays.inYear(year).forEach(h -> holiday[offset(h.date())] = true);
    }
    int[] working = new int[DAYS];
    int count = 0;
    for (int day = 0; day < DAYS; day++) {
      workingBefore[day] = count;
      // 1 January 1970, epoch day 0, was a Thursday: Monday is 0 here and Saturday 5
      if (Math.floorMod(FIRST_DAY + day + 3, 7) < 5 && !holiday[day]) {
        working[count++] = day;
      }
    }
    workingBefore[DAYS] = count;
    this.workingDays = Arrays.copyOf(working, count);
  }

  /** England and Wales with the built-in one-off changes. */
  public static WorkingDays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  public static WorkingDays of(BankHolidays bankHolidays) {
    return new WorkingDays(bankHolidays);
  }

  public BankHolidays bankHolidays() {
    return bankHolidays;
  }

  public boolean isWorkingDay(LocalDate date) {
    int day = offset(date);
    return workingBefore[day + 1] > workingBefore[day];
  }

  /**
   * The date that many working days after the given one (before it, for a negative number); the
   * date itself does not count, and need not be a working day. Adding 0 gives the date itself.
   * Friday before a bank holiday Monday, plus 1, is the Tuesday.
   */
  public LocalDate add(LocalDate date, int workingDays) {
    int day = offset(date);
    if (workingDays == 0) {
      return date;
    }
    // the working days up to and including the date, or before it when counting back
    int index = workingDays > 0 ? workingBefore[day + 1] + workingDays - 1 : workingBefore[day] + workingDays;
    if (index < 0 || index >= this.workingDays.length) {
      throw new IllegalArgumentException(Math.abs(workingDays) + " working days " + (workingDays > 0 ? "after " : "before ")
          + date + " is outside the years the calendar covers, " + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR);
    }
    return LocalDate.ofEpochDay(FIRST_DAY + this.workingDays[index]);
  }

  /**
   * How many working days after {@code from} {@code to} is: the working days after {@code from} up to
   * and including {@code to}, negative when {@code to} is earlier. For n of 0 or more,
   * {@code between(d, add(d, n))} is n; so a piece of work due in 10 working days is on time when
   * {@code between(received, done) <= 10}.
   */
  public int between(LocalDate from, LocalDate to) {
    return workingBefore[offset(to) + 1] - workingBefore[offset(from) + 1];
  }

  private static int offset(LocalDate date) {
    BankHolidays.checkCovered(date);
    return (int) (date.toEpochDay() - FIRST_DAY);
  }
}
