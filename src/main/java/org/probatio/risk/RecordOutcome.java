package org.probatio.risk;

import java.util.List;
import org.probatio.people.FieldError;

/** What happened when a user recorded a risk assessment or registration. */
public sealed interface RecordOutcome {

  record Recorded(long id) implements RecordOutcome {}

  record Invalid(List<FieldError> errors) implements RecordOutcome {}

  /** Someone else changed it first: the user saw an older current assessment, or an older version. */
  record Stale(String message) implements RecordOutcome {}

  /** No such person, or one this user may not see. */
  record NotFound() implements RecordOutcome {}
}
