package org.probatio.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The England and Wales bank holidays of every year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}:
 * the {@link HolidayRule}s with their substitute days, then the one-off changes. Each year is worked
 * out once, when the calendar is made; a calendar never changes, so it can be shared between threads.
 */
public final class BankHolidays {

  /** The first year covered: the built-in table of one-off changes starts here. */
  public static final int FIRST_YEAR = 2000;

  /** The last year covered. Years after 2040 follow the rules alone unless an administrator adds a change. */
  public static final int LAST_YEAR = 2099;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final BankHolidays ENGLAND_AND_WALES = new BankHolidays(OneOffChanges.ENGLAND_AND_WALES);

  private final List<HolidayChange> changes;
  private final List<List<BankHoliday>> byYear = new ArrayList<>(LAST_YEAR - FIRST_YEAR + 1);
  private final Map<LocalDate, BankHoliday> byDate = new HashMap<>();

  private BankHolidays(List<HolidayChange> changes) {
    changes.forEach(change -> checkCovered(change.date()));
    this.changes = List.copyOf(changes);
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      List<BankHoliday> holidays = List.copyOf(withChanges(year, byRule(year), this.changes).values());
      byYear.add(holidays);
      holidays.forEach(holiday -> byDate.put(holiday.date(), holiday));
    }
  }

  /** The rules and the built-in one-off changes since 2000. */
  public static BankHolidays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /** This calendar with further one-off changes made after its own: a date's last change wins. */
  public BankHolidays with(List<? extends HolidayChange> more) {
    return more.isEmpty() ? this : new BankHolidays(Stream.concat(changes.stream(), more.stream()).toList());
  }

  /** The year's bank holidays in date order. */
  public List<BankHoliday> inYear(int year) {
    checkCovered(year);
    return byYear.get(year - FIRST_YEAR);
  }

  public Optional<BankHoliday> on(LocalDate date) {
    checkCovered(date);
    return Optional.ofNullable(byDate.get(date));
  }

  public boolean isBankHoliday(LocalDate date) {
    return on(date).isPresent();
  }

  /** The one-off changes made to the rules, built-in ones first. */
  public List<HolidayChange> changes() {
    return changes;
  }

  public static boolean covers(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The bank holidays the rules alone give, with their substitute days and no one-off change. */
  static TreeMap<LocalDate, BankHoliday> byRule(int year) {
    TreeMap<LocalDate, BankHoliday> placed = new TreeMap<>();
    List<HolidayRule> atWeekend = new ArrayList<>();
    for (HolidayRule rule : HolidayRule.values()) {
      LocalDate date = rule.dateIn(year);
      if (isWeekend(date)) {
        atWeekend.add(rule);
      } else {
        placed.put(date, new BankHoliday(date, rule.holidayName(), capitalised(rule.description())));
      }
    }
    // weekend holidays go after every holiday on its own date: Christmas on a Sunday yields the Monday to Boxing Day
    for (HolidayRule rule : atWeekend) {
      LocalDate own = rule.dateIn(year);
      LocalDate substitute = own;
      while (isWeekend(substitute) || placed.containsKey(substitute)) {
        substitute = substitute.plusDays(1);
      }
      placed.put(substitute, new BankHoliday(substitute, rule.holidayName(),
          "Substitute day: " + DAY.format(own) + " was a " + dayName(own.getDayOfWeek())));
    }
    return placed;
  }

  private static TreeMap<LocalDate, BankHoliday> withChanges(int year, TreeMap<LocalDate, BankHoliday> holidays,
      List<HolidayChange> changes) {
    for (HolidayChange change : changes) {
      if (change.date().getYear() != year) {
        continue;
      }
      if (change instanceof HolidayChange.Added added) {
        holidays.put(added.date(), new BankHoliday(added.date(), added.name(), added.reason()));
      } else {
        holidays.remove(change.date());
      }
    }
    return holidays;
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  static void checkCovered(LocalDate date) {
    if (!covers(date.getYear())) {
      throw new IllegalArgumentException(date + " is outside the years the calendar covers, " + FIRST_YEAR + " to " + LAST_YEAR);
    }
  }

  private static void checkCovered(int year) {
    if (!covers(year)) {
      throw new IllegalArgumentException(year + " is outside the years the calendar covers, " + FIRST_YEAR + " to " + LAST_YEAR);
    }
  }

  private static String dayName(DayOfWeek day) {
    return capitalised(day.name().toLowerCase(Locale.UK));
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
