package org.probatio.people;

import java.util.List;

/** What happened when a user asked to create a person record. */
public sealed interface CreateOutcome {

  /** Created now, or earlier by the same request when it is repeated. */
  record Created(Crn crn, boolean repeated) implements CreateOutcome {}

  record Invalid(List<FieldError> errors) implements CreateOutcome {}

  /** Refused: another record has this PNC ID. */
  record DuplicatePnc(String existingCrn) implements CreateOutcome {}

  /** Not created yet: records with the same name and date of birth exist, and the user must confirm. */
  record PossibleDuplicates(List<PersonSummary> candidates) implements CreateOutcome {}
}
