package org.probatio.workload.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.probatio.web.Dates;

/** Telling a user that someone else saved first, so their change is not saved over it unseen. */
final class Stale {

  static final String SAVE_AGAIN =
      "Your changes are not saved yet: open the record in a new tab to see theirs, then check yours below and save again";

  private Stale() {}

  /** For the page: who changed the record and when, and what to do now. */
  static String explained(String record, @Nullable String changedBy, @Nullable Instant changedAt, String whatNow) {
    String who = changedBy == null ? "Someone else" : changedBy;
    String when = changedAt == null ? "" : " at " + Dates.inWords(changedAt);
    return who + " changed " + record + when + ", after you opened it. " + whatNow;
  }

  /** For the API: the same, as the detail of a 412. */
  static String detail(String record, @Nullable String changedBy) {
    return (changedBy == null ? "Someone else" : changedBy) + " changed " + record
        + " after the version you sent. Read it again, reapply your change and retry";
  }
}
