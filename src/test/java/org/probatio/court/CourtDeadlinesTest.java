package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks for reports given on the day are due when the court day ends, 17:00 London time; standard ones with the report. */
class CourtDeadlinesTest {

  @ParameterizedTest(name = "{0} report, checks asked for at {1}: due {2}")
  @CsvSource({
      // winter (GMT): the court day ends at 17:00Z
      "ORAL,     2026-01-14T09:30:00Z, 2026-01-14T17:00:00Z",
      "FAST,     2026-01-14T16:59:59Z, 2026-01-14T17:00:00Z",
      // asked for once the court has risen: due by the end of the same day, not late at once
      "ORAL,     2026-01-14T17:00:00Z, 2026-01-15T00:00:00Z",
      "FAST,     2026-01-14T23:59:59Z, 2026-01-15T00:00:00Z",
      // summer (BST): 17:00 London is 16:00Z
      "ORAL,     2026-06-15T08:30:00Z, 2026-06-15T16:00:00Z",
      "FAST,     2026-06-15T15:59:59Z, 2026-06-15T16:00:00Z",
      "FAST,     2026-06-15T16:00:00Z, 2026-06-15T23:00:00Z",
      // 23:30Z on 15 June is already 16 June in London
      "ORAL,     2026-06-15T23:30:00Z, 2026-06-16T16:00:00Z",
      // the day the clocks go forward
      "ORAL,     2026-03-29T09:00:00Z, 2026-03-29T16:00:00Z",
  })
  void checks_for_reports_given_on_the_day_are_due_when_that_court_day_ends(ReportType type, Instant requested,
      Instant due) {
    Instant reportDue = Deadlines.reportDue(LocalDate.of(2026, 12, 31), requested);
    assertThat(Deadlines.checkDue(type, requested, reportDue)).isEqualTo(due);
  }

  @ParameterizedTest(name = "standard report due {1}: checks due {2}")
  @CsvSource({
      "2026-01-14T09:30:00Z, 2026-02-04, 2026-02-04T17:00:00Z",
      "2026-06-15T09:30:00Z, 2026-07-06, 2026-07-06T16:00:00Z",
      // due today and asked for after the court rose: the end of today
      "2026-01-14T17:30:00Z, 2026-01-14, 2026-01-15T00:00:00Z",
  })
  void checks_for_a_standard_report_are_due_when_the_report_is(Instant requested, LocalDate reportDueOn, Instant due) {
    Instant reportDue = Deadlines.reportDue(reportDueOn, requested);
    assertThat(reportDue).isEqualTo(due);
    assertThat(Deadlines.checkDue(ReportType.STANDARD, requested, reportDue)).isEqualTo(due);
  }

  @ParameterizedTest(name = "due {0}, answered {1}, now {2}: late {3}")
  @CsvSource({
      "2026-01-14T17:00:00Z,                     , 2026-01-14T16:59:59Z, false",
      "2026-01-14T17:00:00Z,                     , 2026-01-14T17:00:00Z, false",
      "2026-01-14T17:00:00Z,                     , 2026-01-14T17:00:01Z, true",
      "2026-01-14T17:00:00Z, 2026-01-14T18:00:00Z, 2026-01-15T09:00:00Z, false",
  })
  void a_check_is_late_once_its_due_time_has_passed_without_an_answer(Instant due, Instant answered, Instant now,
      boolean late) {
    assertThat(Deadlines.late(due, answered, now)).isEqualTo(late);
  }

  @ParameterizedTest(name = "{0} is {1} in court")
  @CsvSource({"2026-06-15T22:59:59Z, 2026-06-15", "2026-06-15T23:00:00Z, 2026-06-16", "2026-01-15T00:00:00Z, 2026-01-15"})
  void the_court_date_is_londons(Instant at, LocalDate date) {
    assertThat(Deadlines.courtDate(at)).isEqualTo(date);
  }
}
