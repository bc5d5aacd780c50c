package org.probatio.court;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/**
 * A report to start. The due date may be left out for oral and fast reports, which are due today;
 * a standard report's due date must be given (usually 15 working days on, which the user counts).
 * The author defaults to the signed-in member of staff.
 */
public record NewReport(@Nullable ReportType type, @Nullable LocalDate dueOn, @Nullable String authorStaffCode) {

  /** Pure checks; the court's today is an input. */
  public List<FieldError> problems(LocalDate today) {
    List<FieldError> problems = new ArrayList<>();
    if (type == null) {
      problems.add(new FieldError("type", "Select the type of report"));
    } else if (type == ReportType.STANDARD && dueOn == null) {
      problems.add(new FieldError("dueOn", "Enter the date the standard report is due"));
    } else if (type == ReportType.ORAL && dueOn != null && !dueOn.equals(today)) {
      problems.add(new FieldError("dueOn", "An oral report is given on the day: the due date must be today"));
    }
    if (dueOn != null && dueOn.isBefore(today)) {
      problems.add(new FieldError("dueOn", "The due date must be today or later"));
    }
    return problems;
  }

  /** The date the report is due: as given, or today for a report given on the day. */
  public LocalDate dueOn(LocalDate today) {
    return dueOn == null ? today : dueOn;
  }
}
