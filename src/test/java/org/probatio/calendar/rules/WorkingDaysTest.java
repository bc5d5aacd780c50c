package org.probatio.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting in working days: Monday to Friday, less bank holidays. */
class WorkingDaysTest {

  static final WorkingDays DAYS = WorkingDays.englandAndWales();

  @ParameterizedTest(name = "{0} plus {1} working days is {2}")
  @CsvSource(delimiter = '|', value = {
      "2026-05-01 |  1 | 2026-05-05",  // Friday before the early May bank holiday: the Tuesday
      "2026-04-30 |  2 | 2026-05-05",
      "2026-05-04 |  1 | 2026-05-05",  // from a bank holiday: the next working day
      "2026-05-02 |  1 | 2026-05-05",  // from a Saturday before a bank holiday Monday
      "2025-04-17 |  1 | 2025-04-22",  // Maundy Thursday: over Good Friday and Easter Monday
      "2026-12-24 |  1 | 2026-12-29",  // over Christmas Day and the Boxing Day substitute
      "2021-12-24 |  1 | 2021-12-29",  // both Christmas holidays at the weekend: 27 and 28 December
      "2022-06-01 |  1 | 2022-06-06",  // the Platinum Jubilee's Thursday and Friday
      "2022-09-16 |  1 | 2022-09-20",  // the Queen's state funeral
      "2026-06-01 |  5 | 2026-06-08",  // a week with no holiday
      "2026-06-01 | 10 | 2026-06-15",
      "2026-05-01 |  0 | 2026-05-01",
      "2026-05-02 |  0 | 2026-05-02",  // adding nothing leaves even a Saturday as it is
      "2026-05-05 | -1 | 2026-05-01",  // counting back over the bank holiday Monday
      "2026-05-02 | -1 | 2026-05-01",
      "2026-05-04 | -1 | 2026-05-01",
      "2027-01-04 | -3 | 2026-12-29"})
  void adds_working_days(LocalDate from, int days, LocalDate expected) {
    assertThat(DAYS.add(from, days)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1} is {2} working days")
  @CsvSource(delimiter = '|', value = {
      "2026-05-01 | 2026-05-05 |  1",
      "2026-05-01 | 2026-05-01 |  0",
      "2026-05-05 | 2026-05-01 | -1",
      "2026-05-02 | 2026-05-04 |  0",  // a weekend and a bank holiday hold no working day
      "2026-06-01 | 2026-06-15 | 10",
      "2026-01-01 | 2026-12-31 | 253",
      "2022-01-01 | 2022-12-31 | 250"})
  void counts_the_working_days_after_one_date_up_to_and_including_another(LocalDate from, LocalDate to, int expected) {
    assertThat(DAYS.between(from, to)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2026-05-01, true", "2026-05-02, false", "2026-05-03, false", "2026-05-04, false", "2026-05-05, true",
      "2023-05-08, false", "2020-05-04, true"})
  void a_working_day_is_a_weekday_that_is_not_a_bank_holiday(LocalDate date, boolean working) {
    assertThat(DAYS.isWorkingDay(date)).isEqualTo(working);
  }

  @Test
  void administrators_changes_count() {
    WorkingDays changed = WorkingDays.of(BankHolidays.englandAndWales().with(List.of(
        new HolidayChange.Added(LocalDate.of(2031, 6, 6), "An extra day", "One-off"))));

    assertThat(changed.isWorkingDay(LocalDate.of(2031, 6, 6))).isFalse();
    assertThat(changed.add(LocalDate.of(2031, 6, 5), 1)).isEqualTo(LocalDate.of(2031, 6, 9));
    assertThat(DAYS.add(LocalDate.of(2031, 6, 5), 1)).isEqualTo(LocalDate.of(2031, 6, 6));
  }

  @Test
  void an_answer_outside_the_calendar_is_refused_rather_than_guessed() {
    assertThatThrownBy(() -> DAYS.add(LocalDate.of(2099, 12, 29), 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("5 working days after 2099-12-29 is outside the years the calendar covers, 2000 to 2099");
    assertThatThrownBy(() -> DAYS.add(LocalDate.of(2000, 1, 4), -2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 working days before 2000-01-04 is outside the years the calendar covers, 2000 to 2099");
    assertThatThrownBy(() -> DAYS.isWorkingDay(LocalDate.of(1999, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    assertThat(DAYS.add(LocalDate.of(2099, 12, 30), 1)).isEqualTo(LocalDate.of(2099, 12, 31));
    assertThat(DAYS.add(LocalDate.of(2000, 1, 5), -1)).isEqualTo(LocalDate.of(2000, 1, 4));
  }

  @Property(tries = 3000)
  void adding_lands_on_a_working_day_and_counting_back_gives_the_number_added(
      @ForAll @IntRange(min = 10, max = 36_000) int day, @ForAll @IntRange(min = 0, max = 300) int days) {
    LocalDate from = LocalDate.of(2000, 1, 1).plusDays(day);
    LocalDate to = DAYS.add(from, days);

    assertThat(DAYS.between(from, to)).isEqualTo(days);
    assertThat(DAYS.between(to, from)).isEqualTo(-days);
    if (days > 0) {
      assertThat(DAYS.isWorkingDay(to)).isTrue();
      assertThat(to).isAfter(from);
      assertThat(DAYS.add(to, -days)).isBeforeOrEqualTo(from);
      assertThat(DAYS.between(DAYS.add(to, -days), from)).isZero();
    }
  }

  @Property(tries = 500)
  void the_tables_agree_with_walking_day_by_day(@ForAll @IntRange(min = 0, max = 36_000) int day,
      @ForAll @IntRange(min = 1, max = 30) int days) {
    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
    LocalDate walked = date;
    for (int left = days; left > 0; ) {
      walked = walked.plusDays(1);
      if (walked.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
          && !BankHolidays.englandAndWales().isBankHoliday(walked)) {
        left--;
      }
    }
    assertThat(DAYS.add(date, days)).isEqualTo(walked);
  }
}
