package org.probatio.court.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.court.NewReport;
import org.probatio.court.ReportType;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** Starting a report: its type, when it is due, and who writes it. */
public record ReportStartForm(
    @Nullable String type,
    @Nullable String dueOnDay,
    @Nullable String dueOnMonth,
    @Nullable String dueOnYear,
    @Nullable String author) {

  static ReportStartForm blank(@Nullable String author) {
    return new ReportStartForm(null, null, null, null, author);
  }

  @Nullable NewReport read(FormErrors errors) {
    ReportType chosen = CourtForms.chosen(errors, "type", type, ReportType.class, "Select the type of report");
    LocalDate dueOn = CourtForms.date(errors, "dueOn", "Date the report is due", new DateInput(dueOnDay, dueOnMonth, dueOnYear),
        false);
    return errors.any() ? null : new NewReport(chosen, dueOn, CourtForms.blankToNull(author));
  }

  static String anchor(String field) {
    return field.equals("dueOn") ? "dueOn-day" : field;
  }
}
