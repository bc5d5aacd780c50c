package org.probatio.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.calendar.rules.HolidayChange;
import org.probatio.web.FormErrors;

/** A one-off change as typed: what kind, the date in the three boxes of the GOV.UK date input, a name and a reason. */
public record ChangeForm(
    @Nullable String kind,
    @Nullable String dateDay,
    @Nullable String dateMonth,
    @Nullable String dateYear,
    @Nullable String name,
    @Nullable String reason) {

  static ChangeForm blank() {
    return new ChangeForm(null, null, null, null, null, null);
  }

  /** The change, or null with each problem added to the errors. The service checks the rest. */
  @Nullable HolidayChange read(FormErrors errors) {
    ChangeKind chosen = chosenKind();
    if (chosen == null) {
      errors.add("kind", "Select whether to add or remove a bank holiday");
    }
    LocalDate date = date(errors);
    if (chosen == null || date == null) {
      return null;
    }
    return chosen == ChangeKind.ADD ? new HolidayChange.Added(date, text(name), text(reason))
        : new HolidayChange.Removed(date, text(reason));
  }

  /** The year the form is about, to show its bank holidays beside it; null when none was typed. */
  @Nullable Integer typedYear() {
    try {
      return dateYear == null ? null : Integer.valueOf(dateYear.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private @Nullable ChangeKind chosenKind() {
    for (ChangeKind each : ChangeKind.values()) {
      if (each.name().equals(kind)) {
        return each;
      }
    }
    return null;
  }

  private @Nullable LocalDate date(FormErrors errors) {
    String day = text(dateDay);
    String month = text(dateMonth);
    String year = text(dateYear);
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      errors.add("date", "Enter the date of the change", "date-day");
      return null;
    }
    if (year.length() != 4) {
      errors.add("date", "Year must include 4 numbers", "date-year");
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException e) {
      errors.add("date", "The date must be a real date, like 25 12 2031", "date-day");
      return null;
    }
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
