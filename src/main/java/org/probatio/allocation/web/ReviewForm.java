package org.probatio.allocation.web;

import org.jspecify.annotations.Nullable;
import org.probatio.web.FormErrors;

/** A senior practitioner's review of an override: approve it or turn it down, with a note. */
record ReviewForm(@Nullable String outcome, @Nullable String note) {

  /** The choices on the form. */
  enum Outcome {
    APPROVE("Approve the override"),
    TURN_DOWN("Turn down the override");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  static ReviewForm blank() {
    return new ReviewForm(null, null);
  }

  /** True to approve, false to turn down, or null with the error on the form when nothing was chosen. */
  @Nullable Boolean approve(FormErrors errors) {
    if (Outcome.APPROVE.name().equals(outcome)) {
      return true;
    }
    if (Outcome.TURN_DOWN.name().equals(outcome)) {
      return false;
    }
    errors.add("outcome", "Select whether to approve or turn down the override");
    return null;
  }
}
