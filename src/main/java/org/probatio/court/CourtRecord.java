package org.probatio.court;

import java.util.List;
import java.util.Optional;

/** A person's whole court record, newest first: hearings, the reports written for them, and sentences. */
public record CourtRecord(String crn, List<Hearing> hearings, List<PreSentenceReport> reports, List<Sentence> sentences) {

  public Optional<PreSentenceReport> reportFor(long hearingId) {
    return reports.stream().filter(r -> r.hearingId() == hearingId).findFirst();
  }

  public Optional<Sentence> sentenceFor(long hearingId) {
    return sentences.stream().filter(s -> s.hearingId() == hearingId).findFirst();
  }
}
