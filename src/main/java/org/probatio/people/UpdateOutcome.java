package org.probatio.people;

import java.time.Instant;
import java.util.List;

/** What happened when a user asked to change a person record. */
public sealed interface UpdateOutcome {

  record Updated(int version) implements UpdateOutcome {}

  record Invalid(List<FieldError> errors) implements UpdateOutcome {}

  record DuplicatePnc(String existingCrn) implements UpdateOutcome {}

  /** Someone else changed the record after this user opened it. */
  record Stale(int currentVersion, String changedBy, Instant changedAt) implements UpdateOutcome {}

  record NotFound() implements UpdateOutcome {}
}
