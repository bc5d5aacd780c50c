package org.probatio.workload.web;

import static org.probatio.workload.web.FormFields.day;
import static org.probatio.workload.web.FormFields.month;
import static org.probatio.workload.web.FormFields.year;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.web.FormErrors;

/**
 * One day typed into the GOV.UK date input, and the version of the record the user saw: a member of
 * staff's last working day, or the last day of a reduction that is ending.
 */
public record DayForm(@Nullable String dayDay, @Nullable String dayMonth, @Nullable String dayYear,
    @Nullable Integer version) {

  static DayForm of(LocalDate day, int version) {
    return new DayForm(day(day), month(day), year(day), version);
  }

  /** The day, or null: with its problem in {@code errors} when it is blank or cannot be read. */
  @Nullable LocalDate read(FormErrors errors, String label) {
    LocalDate read = FormFields.date(errors, "day", label, dayDay, dayMonth, dayYear);
    if (read == null && !errors.has("day")) {
      errors.add("day", "Enter the " + label.toLowerCase(java.util.Locale.UK), "day-day");
    }
    return read;
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }

  DayForm withVersion(int current) {
    return new DayForm(dayDay, dayMonth, dayYear, current);
  }
}
