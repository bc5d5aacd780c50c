package org.probatio.court;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/** A partner agency's answer to a check, or the reason none could be had. */
public record CheckResponse(
    @Nullable CheckOutcome outcome,
    @Nullable String details,
    @Nullable String notObtainedReason,
    @Nullable String respondedBy) {

  public List<FieldError> problems() {
    List<FieldError> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(new FieldError("outcome", "Select the outcome of the check"));
      return problems;
    }
    if (outcome == CheckOutcome.NOT_OBTAINED && blank(notObtainedReason)) {
      problems.add(new FieldError("notObtainedReason", "Give the reason the check could not be obtained"));
    }
    if (outcome == CheckOutcome.CONCERNS_SHARED && blank(details)) {
      problems.add(new FieldError("details", "Give the concerns that were shared"));
    }
    if (outcome != CheckOutcome.NOT_OBTAINED && blank(respondedBy)) {
      problems.add(new FieldError("respondedBy", "Enter who gave the answer, such as ‘DC Jones, domestic abuse unit’"));
    }
    return problems;
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
