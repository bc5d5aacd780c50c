package org.probatio.court.web;

import org.jspecify.annotations.Nullable;
import org.probatio.court.CheckOutcome;
import org.probatio.court.CheckResponse;
import org.probatio.court.PartnerCheck;
import org.probatio.web.FormErrors;

/** Recording a partner agency's answer, with the version of the check the user opened. */
public record CheckForm(
    @Nullable String outcome,
    @Nullable String details,
    @Nullable String notObtainedReason,
    @Nullable String respondedBy,
    @Nullable Integer version) {

  static CheckForm of(PartnerCheck check) {
    return new CheckForm(check.outcome() == null ? null : check.outcome().name(), check.details(),
        check.notObtainedReason(), check.respondedBy(), check.version());
  }

  @Nullable CheckResponse read(FormErrors errors) {
    CheckOutcome chosen = CourtForms.chosen(errors, "outcome", outcome, CheckOutcome.class, "Select the outcome of the check");
    return chosen == null ? null : new CheckResponse(chosen, details, notObtainedReason, respondedBy);
  }

  CheckForm withVersion(int current) {
    return new CheckForm(outcome, details, notObtainedReason, respondedBy, current);
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }
}
