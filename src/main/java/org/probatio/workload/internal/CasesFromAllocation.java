package org.probatio.workload.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.probatio.allocation.CaseAllocated;
import org.probatio.allocation.TierChanged;
import org.probatio.allocation.Tiers;
import org.probatio.court.Sentence;
import org.probatio.court.Sentences;
import org.probatio.workload.PractitionerAllocationEnded;
import org.probatio.workload.ProviderCase;
import org.probatio.workload.Workloads;
import org.probatio.workload.internal.CaseloadRepository.CaseFromAllocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each provider's cases as allocation decides them: a case given to a provider waits there for
 * a practitioner; a case referred to another provider leaves its practitioner; a new tier follows the
 * person onto their cases, and into the workload figures of the practitioners holding them. Runs after allocation's change commits, in its own transaction.
 */
@Component
class CasesFromAllocation {

  private final CaseloadRepository repository;
  private final Sentences sentences;
  private final Tiers tiers;
  private final ApplicationEventPublisher events;
  private final Workloads workloads;
  private final Clock clock;

  CasesFromAllocation(CaseloadRepository repository, Sentences sentences, Tiers tiers, ApplicationEventPublisher events,
      Workloads workloads, Clock clock) {
    this.repository = repository;
    this.sentences = sentences;
    this.tiers = tiers;
    this.events = events;
    this.workloads = workloads;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseAllocated allocated) {
    Sentence sentence = sentences.sentence(allocated.sentenceId()).orElseThrow(
        () -> new IllegalStateException("The allocated case's sentence " + allocated.sentenceId() + " cannot be read"));
    Instant now = clock.instant();
    repository.caseForAllocationCase(allocated.caseId())
        .filter(held -> !held.providerCode().equals(allocated.providerCode()))
        .ifPresent(held -> leave(held, "The case went to " + allocated.providerCode() + " ("
            + allocated.kind().label().toLowerCase(Locale.ROOT) + ", decision " + allocated.decisionId() + ")", now));
    repository.save(new CaseFromAllocation(allocated.caseId(), allocated.crn(), allocated.providerCode(),
        allocated.decisionId(), now, sentence.id(), sentence.orderType(), sentence.sentenceDate(),
        ProviderCase.endsOn(sentence.sentenceDate(), sentence.lengthMonths()), sentence.expectedReleaseDate(),
        tiers.current(allocated.crn()).map(t -> t.tier().code()).orElse(null)));
  }

  @ApplicationModuleListener
  void on(TierChanged changed) {
    if (!repository.setTier(changed.crn(), changed.tier()).isEmpty()) {
      workloads.refresh(repository.holdersOf(changed.crn()));
    }
  }

  private void leave(ProviderCase held, String because, Instant at) {
    repository.current(held.id()).filter(a -> repository.end(a.id(), at, because)).ifPresent(ended ->
        events.publishEvent(new PractitionerAllocationEnded(ended.id(), held.id(), held.crn(), ended.staffCode(), because)));
  }
}
