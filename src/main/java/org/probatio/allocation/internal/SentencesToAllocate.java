package org.probatio.allocation.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.CaseFactsOnRecord;
import org.probatio.allocation.NewCase;
import org.probatio.court.Reports;
import org.probatio.court.Sentence;
import org.probatio.court.SentenceRecorded;
import org.probatio.court.Sentences;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every recorded sentence opens a case to allocate, due one working day later. */
@Component
class SentencesToAllocate {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Sentences sentences;
  private final Reports reports;
  private final Allocations allocations;

  SentencesToAllocate(Sentences sentences, Reports reports, Allocations allocations) {
    this.sentences = sentences;
    this.reports = reports;
    this.allocations = allocations;
  }

  @ApplicationModuleListener
  void on(SentenceRecorded recorded) {
    Sentence sentence = sentences.sentence(recorded.sentenceId()).orElseThrow(
        () -> new IllegalStateException("The recorded sentence " + recorded.sentenceId() + " cannot be read"));
    // the gate asks for a RoSH screening from the report stage on: from the day the report began
    LocalDate reportBegan = reports.latestReport(recorded.crn())
        .map(report -> LocalDate.ofInstant(report.requestedAt(), LONDON))
        .filter(day -> !day.isAfter(recorded.sentenceDate()))
        .orElse(recorded.sentenceDate());
    allocations.open(new NewCase(recorded.crn(), recorded.sentenceId(), recorded.sentenceDate(),
        recorded.courtProviderCode(), reportBegan, mandateForChange(sentence)));
  }

  static boolean mandateForChange(Sentence sentence) {
    return CaseFactsOnRecord.mandateForChange(sentence.orderType(), sentence.requirements());
  }
}
