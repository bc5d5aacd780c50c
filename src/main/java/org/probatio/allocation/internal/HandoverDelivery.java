package org.probatio.allocation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.CaseAllocated;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverDelivered;
import org.probatio.allocation.HandoverItem;
import org.probatio.allocation.HandoverPackage;
import org.probatio.allocation.MissingItem;
import org.probatio.allocation.ReviewTask;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.calendar.WorkingDayCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a case goes to another provider (after sentence, on an approved override, or by risk
 * escalation), its handover package is assembled from the record, checked against the checklist and
 * delivered at once to the receiving provider's inbox; once delivered, the receiving provider gets
 * a task to review the initial risk assessment. Each step runs after the one before has committed,
 * on the event publication registry, so a failure is retried and never undoes the allocation.
 */
@Component
class HandoverDelivery {

  private final HandoverSources sources;
  private final HandoverRepository repository;
  private final AllocationRepository decisions;
  private final WorkingDayCalendar calendar;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HandoverDelivery(HandoverSources sources, HandoverRepository repository, AllocationRepository decisions,
      WorkingDayCalendar calendar, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.sources = sources;
    this.repository = repository;
    this.decisions = decisions;
    this.calendar = calendar;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseAllocated allocated) {
    if (allocated.providerCode().equals(allocated.fromProviderCode())) {
      return;
    }
    // read as system work, whatever the person's access lists: the handover must go even for a limited-access case
    AllocationDecision decision = decisions.decision(allocated.decisionId()).orElseThrow(
        () -> new IllegalStateException("The allocation decision " + allocated.decisionId() + " cannot be read"));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    HandoverPackage contents = sources.read(allocated.crn(), decision.caseId(), LocalDate.ofInstant(now, Handover.LONDON));
    List<MissingItem> missing = HandoverItem.missing(contents);
    Optional<Long> id = repository.insert(new HandoverRepository.NewHandover(allocated.crn(), decision.id(),
        allocated.kind(), allocated.fromProviderCode(), allocated.providerCode(), now, contents, missing, now));
    if (id.isEmpty()) {
      return;
    }
    audit.record(AuditAction.CREATE, "person", allocated.crn(), Map.of("handover", id.get(), "to",
        allocated.providerCode(), "missing", missing.stream().map(m -> m.item().name()).toList()));
    events.publishEvent(new HandoverDelivered(id.get(), allocated.crn(), decision.id(), allocated.fromProviderCode(),
        allocated.providerCode(), now, missing.size()));
  }

  @ApplicationModuleListener
  void on(HandoverDelivered delivered) {
    Handover handover = repository.find(delivered.handoverId()).orElseThrow(
        () -> new IllegalStateException("The delivered handover " + delivered.handoverId() + " cannot be read"));
    LocalDate dueOn = calendar.addWorkingDays(handover.deliveredOn(), ReviewTask.WORKING_DAYS);
    repository.createReviewTask(handover, clock.instant(), dueOn).ifPresent(task -> audit.record(AuditAction.CREATE,
        "person", handover.crn(), Map.of("reviewTask", task, "handover", handover.id(), "dueOn", dueOn.toString())));
  }
}
