package org.probatio.allocation.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.NewCase;
import org.probatio.court.OrderType;
import org.probatio.court.Reports;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentence;
import org.probatio.court.SentenceRecorded;
import org.probatio.court.Sentences;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every recorded sentence opens a case to allocate, due one working day later. */
@Component
class SentencesToAllocate {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Requirements that restrict rather than change: with unpaid work, they give no mandate for change. */
  private static final Set<RequirementType> NO_MANDATE = Set.of(RequirementType.UNPAID_WORK, RequirementType.CURFEW,
      RequirementType.EXCLUSION, RequirementType.PROHIBITED_ACTIVITY, RequirementType.FOREIGN_TRAVEL_PROHIBITION,
      RequirementType.RESIDENCE);

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

  /** Custody, or any requirement that asks the person to change rather than only restricting them. */
  static boolean mandateForChange(Sentence sentence) {
    return sentence.orderType().custody() || sentence.orderType() == OrderType.POST_SENTENCE_SUPERVISION
        || sentence.requirements().stream().anyMatch(requirement -> !NO_MANDATE.contains(requirement.type()));
  }
}
