package org.probatio.court;

import org.jspecify.annotations.Nullable;

/**
 * One person's court episode, for bulk loading: the hearing with its charges, the report written for
 * it with its partner checks (if any), and the sentence passed (none while the case is adjourned).
 * The ids the records carry are ignored: the load gives new ones. The report's RoSH screening id is
 * kept as given.
 */
public record CourtToLoad(String crn, Hearing hearing, @Nullable PreSentenceReport report, @Nullable Sentence sentence) {

  public CourtToLoad {
    if (!hearing.crn().equals(crn) || (report != null && !report.crn().equals(crn))
        || (sentence != null && !sentence.crn().equals(crn))) {
      throw new IllegalArgumentException("Every record of a court episode must be about " + crn);
    }
  }
}
