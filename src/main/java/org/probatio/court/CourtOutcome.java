package org.probatio.court;

import java.util.List;
import org.probatio.people.FieldError;

/** What happened when a user listed a hearing, or started, changed or completed a report, check or sentence. */
public sealed interface CourtOutcome {

  /** Saved now; or, for a repeated request, found as saved before ({@code repeated}). */
  record Recorded(long id, boolean repeated) implements CourtOutcome {}

  record Invalid(List<FieldError> errors) implements CourtOutcome {}

  /** Someone else saved a change first: the user's version is out of date. */
  record Stale(String message, int currentVersion) implements CourtOutcome {}

  /** No such record, or one about a person this user may not see. */
  record NotFound() implements CourtOutcome {}
}
