package org.probatio.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The England and Wales bank holidays, checked against the government's published lists. */
class BankHolidaysTest {

  static final BankHolidays CALENDAR = BankHolidays.englandAndWales();

  /**
   * GOV.UK's "Bank holidays: England and Wales", 2018 to 2027, written out by hand; and the jubilee and
   * royal wedding years whole, so nothing else in them moved.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2018 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
      "2019 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
      "2020 | 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
      "2021 | 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
      "2022 | 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
      "2023 | 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
      "2024 | 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
      "2025 | 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
      "2026 | 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
      "2027 | 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
      "2002 | 01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26",
      "2011 | 01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27",
      "2012 | 01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26"})
  void each_year_has_the_bank_holidays_the_government_published(int year, String monthsAndDays) {
    assertThat(CALENDAR.inYear(year)).extracting(BankHoliday::date).containsExactlyElementsOf(dates(year, monthsAndDays));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2002-06-03 | Queen’s Golden Jubilee",
      "2002-06-04 | Spring bank holiday",
      "2011-04-29 | Royal wedding",
      "2012-06-04 | Spring bank holiday",
      "2012-06-05 | Queen’s Diamond Jubilee",
      "2020-05-08 | Early May bank holiday (VE day)",
      "2022-06-02 | Spring bank holiday",
      "2022-06-03 | Platinum Jubilee bank holiday",
      "2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II",
      "2023-05-08 | Bank holiday for the coronation of King Charles III"})
  void each_one_off_holiday_has_its_name(LocalDate date, String name) {
    assertThat(CALENDAR.on(date)).get().extracting(BankHoliday::name).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} is not a bank holiday: its holiday was moved")
  @CsvSource({"2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"})
  void a_moved_holidays_rule_date_is_an_ordinary_monday(LocalDate date) {
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(CALENDAR.isBankHoliday(date)).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} on {2}")
  @CsvSource(delimiter = '|', value = {
      "2021 | Christmas Day | 12-27 | Substitute day: 25 December 2021 was a Saturday",
      "2021 | Boxing Day    | 12-28 | Substitute day: 26 December 2021 was a Sunday",
      "2022 | Boxing Day    | 12-26 | 26 December",
      "2022 | Christmas Day | 12-27 | Substitute day: 25 December 2022 was a Sunday",
      "2026 | Boxing Day    | 12-28 | Substitute day: 26 December 2026 was a Saturday",
      "2022 | New Year’s Day | 01-03 | Substitute day: 1 January 2022 was a Saturday",
      "2023 | New Year’s Day | 01-02 | Substitute day: 1 January 2023 was a Sunday"})
  void a_holiday_at_a_weekend_moves_to_the_next_weekday_that_is_not_already_a_holiday(int year, String name,
      String monthAndDay, String why) {
    assertThat(CALENDAR.inYear(year)).filteredOn(holiday -> holiday.name().equals(name)).singleElement()
        .isEqualTo(new BankHoliday(LocalDate.parse(year + "-" + monthAndDay), name, why));
  }

  @Test
  void a_holiday_on_its_rule_date_says_which_rule() {
    assertThat(CALENDAR.on(LocalDate.of(2026, 5, 25))).contains(
        new BankHoliday(LocalDate.of(2026, 5, 25), "Spring bank holiday", "The last Monday in May"));
  }

  @Test
  void every_year_covered_has_eight_holidays_on_different_weekdays_except_the_one_off_years() {
    for (int year = BankHolidays.FIRST_YEAR; year <= BankHolidays.LAST_YEAR; year++) {
      List<BankHoliday> holidays = CALENDAR.inYear(year);
      int expected = switch (year) {
        case 2002, 2011, 2012, 2023 -> 9;
        case 2022 -> 10;
        default -> 8;
      };
      assertThat(holidays).as("%d", year).hasSize(expected);
      assertThat(holidays).extracting(BankHoliday::date).as("%d", year).doesNotHaveDuplicates().isSorted()
          .noneMatch(BankHolidays::isWeekend)
          .extracting(LocalDate::getYear).containsOnly(year);
    }
  }

  @Test
  void later_changes_add_and_remove_holidays_without_changing_the_calendar_they_came_from() {
    BankHolidays changed = CALENDAR.with(List.of(
        new HolidayChange.Removed(LocalDate.of(2031, 5, 26), "Spring bank holiday moved to 30 May"),
        new HolidayChange.Added(LocalDate.of(2031, 5, 30), "Spring bank holiday", "Moved from 26 May"),
        new HolidayChange.Added(LocalDate.of(2031, 9, 12), "An extra day", "One-off")));

    assertThat(changed.inYear(2031)).extracting(BankHoliday::date).containsExactlyElementsOf(
        dates(2031, "01-01 04-11 04-14 05-05 05-30 08-25 09-12 12-25 12-26"));
    assertThat(changed.changes()).hasSize(OneOffChanges.ENGLAND_AND_WALES.size() + 3);
    assertThat(CALENDAR.isBankHoliday(LocalDate.of(2031, 5, 26))).isTrue();
    assertThat(CALENDAR.with(List.of())).isSameAs(CALENDAR);
  }

  @Test
  void a_change_can_undo_a_built_in_one_off() {
    BankHolidays changed = CALENDAR.with(List.of(new HolidayChange.Removed(LocalDate.of(2023, 5, 8), "test")));

    assertThat(changed.isBankHoliday(LocalDate.of(2023, 5, 8))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1999", "2100"})
  void years_outside_the_calendar_are_refused_by_name(int year) {
    assertThatThrownBy(() -> CALENDAR.inYear(year)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(year + " is outside the years the calendar covers, 2000 to 2099");
    assertThatThrownBy(() -> CALENDAR.on(LocalDate.of(year, 6, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CALENDAR.with(List.of(new HolidayChange.Added(LocalDate.of(year, 6, 1), "x", "y"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(BankHolidays.covers(year)).isFalse();
  }

  @ParameterizedTest(name = "Easter {0}")
  @CsvSource({"2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2025-04-20", "2038-04-25",
      "2285-03-22", "1943-04-25"})
  void easter_sunday_by_the_anonymous_gregorian_algorithm(LocalDate sunday) {
    assertThat(Easter.sunday(sunday.getYear())).isEqualTo(sunday);
  }

  @Test
  void every_rule_can_be_printed_with_its_name_and_when_it_falls() {
    assertThat(Arrays.stream(HolidayRule.values()).map(rule -> rule.holidayName() + ": " + rule.description()))
        .containsExactly("New Year’s Day: 1 January", "Good Friday: the Friday before Easter Sunday",
            "Easter Monday: the Monday after Easter Sunday", "Early May bank holiday: the first Monday in May",
            "Spring bank holiday: the last Monday in May", "Summer bank holiday: the last Monday in August",
            "Christmas Day: 25 December", "Boxing Day: 26 December");
  }

  static List<LocalDate> dates(int year, String monthsAndDays) {
    return Arrays.stream(monthsAndDays.trim().split("\\s+")).map(md -> LocalDate.parse(year + "-" + md)).toList();
  }
}
