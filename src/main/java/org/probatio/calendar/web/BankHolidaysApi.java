package org.probatio.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.calendar.WorkingDayCalendar;
import org.probatio.calendar.rules.BankHoliday;
import org.probatio.calendar.rules.BankHolidays;
import org.probatio.web.ApiProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendar", description = "England and Wales bank holidays, as Probatio counts working days")
class BankHolidaysApi {

  record YearResource(int year, String division, List<BankHoliday> bankHolidays) {}

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  BankHolidaysApi(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping("/api/v1/bank-holidays")
  @Operation(summary = "The year's bank holidays in date order, with administrators' one-off changes: each with its "
      + "date, name and why it falls then")
  ResponseEntity<?> year(@Parameter(description = "From " + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR
      + "; this year when left out") @RequestParam(required = false) @Nullable Integer year) {
    int chosen = year == null ? LocalDate.now(clock).getYear() : year;
    if (!BankHolidays.covers(chosen)) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("year",
          "year must be from " + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR))));
    }
    return ResponseEntity.ok(new YearResource(chosen, "england-and-wales", calendar.bankHolidays(chosen)));
  }
}
