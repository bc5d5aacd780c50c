package org.probatio.allocation;

import java.util.List;
import org.probatio.people.FieldError;

/** What happened when a user acknowledged a handover or recorded the first appointment. */
public sealed interface HandoverOutcome {

  /** Saved; {@code repeated} when it had already been done and nothing changed. */
  record Done(Handover handover, boolean repeated) implements HandoverOutcome {}

  record Invalid(List<FieldError> errors) implements HandoverOutcome {}

  /** Someone changed the handover after the user read it. */
  record Stale(String message, int currentVersion) implements HandoverOutcome {}

  /** No such handover, or not one to a provider the user works for. */
  record NotFound() implements HandoverOutcome {}
}
