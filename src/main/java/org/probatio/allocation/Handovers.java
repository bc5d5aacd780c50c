package org.probatio.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.internal.HandoverRepository;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.security.SignedInUser;
import org.probatio.web.Dates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handovers to the receiving provider: its inbox, the package with its checklist, the named person's
 * acknowledgement, the date of the first appointment (flagged when it came before delivery), and the
 * task to review the initial risk assessment. The receiving provider sees only what was handed to
 * it; the sending provider and national roles may read it too. Every read and change is audited, and
 * every change is announced through the event publication registry.
 */
@Service
public class Handovers {

  private static final String AUDIT_SUBJECT = "person";

  private final HandoverRepository repository;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Handovers(HandoverRepository repository, People people, CurrentUser currentUser, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Handovers to the user's providers: those not yet acknowledged first, then the newest. */
  @Transactional
  public List<HandoverListing> inbox() {
    CaseScope scope = currentUser.scope();
    return listed("handover inbox", repository.to(scope.providerCodes(), scope.allProviders()));
  }

  /** Handovers to or from the user's providers whose first appointment came before delivery, newest first. */
  @Transactional
  public List<HandoverListing> firstAppointmentsBeforeDelivery() {
    CaseScope scope = currentUser.scope();
    return listed("handovers seen before delivery", repository.firstAppointmentBeforeDelivery(scope.providerCodes(),
        scope.allProviders()));
  }

  /** A handover the user may see: to or from their provider, or any for national roles; audited. */
  @Transactional
  public Optional<Handover> handover(long id) {
    Optional<Handover> found = visible(id);
    found.ifPresent(h -> audit.record(AuditAction.VIEW, AUDIT_SUBJECT, h.crn(), Map.of("handover", id)));
    return found;
  }

  /** A person's handovers that the user may see, newest first; empty if the user may not see the person. */
  @Transactional
  public Optional<List<Handover>> forPerson(String crn) {
    if (!people.canSee(crn)) {
      return Optional.empty();
    }
    audit.record(AuditAction.VIEW, AUDIT_SUBJECT, crn, Map.of("section", "handovers"));
    return Optional.of(repository.forPerson(crn).stream().filter(this::inScope).toList());
  }

  /**
   * The first appointments recorded at the handovers of these decisions, by decision id, for another
   * module's list of cases; not audited, since the caller records the showing of its list.
   */
  @Transactional(readOnly = true)
  public Map<Long, LocalDate> firstAppointments(Collection<Long> decisionIds) {
    return repository.firstAppointments(decisionIds);
  }

  /**
   * The signed-in user, at the receiving provider, acknowledges receipt by name. Acknowledging again
   * changes nothing; a handover changed since {@code seenVersion} is refused.
   */
  @Transactional
  public HandoverOutcome acknowledge(long id, int seenVersion) {
    Optional<Handover> found = received(id);
    if (found.isEmpty()) {
      return new HandoverOutcome.NotFound();
    }
    Handover handover = found.get();
    if (handover.version() != seenVersion) {
      return stale(handover);
    }
    if (handover.acknowledged()) {
      return new HandoverOutcome.Done(handover, true);
    }
    Instant now = now();
    String name = currentUser.signedIn().map(SignedInUser::displayName).orElse(currentUser.username());
    if (!repository.acknowledge(id, currentUser.username(), name, now, seenVersion)) {
      return stale(repository.find(id).orElseThrow());
    }
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, handover.crn(), Map.of("handover", id, "acknowledged", true));
    events.publishEvent(new HandoverAcknowledged(id, handover.crn(), handover.toProviderCode(), currentUser.username(),
        now));
    return new HandoverOutcome.Done(repository.find(id).orElseThrow(), false);
  }

  /**
   * Records (or corrects) the date of the person's first appointment with the receiving provider. The
   * same date again changes nothing; a handover changed since {@code seenVersion} is refused.
   */
  @Transactional
  public HandoverOutcome recordFirstAppointment(long id, @Nullable LocalDate on, int seenVersion) {
    Optional<Handover> found = received(id);
    if (found.isEmpty()) {
      return new HandoverOutcome.NotFound();
    }
    Handover handover = found.get();
    List<FieldError> problems = handover.firstAppointmentProblems(on, LocalDate.now(clock.withZone(Handover.LONDON)));
    if (!problems.isEmpty() || on == null) {
      return new HandoverOutcome.Invalid(problems);
    }
    if (handover.version() != seenVersion) {
      return stale(handover);
    }
    if (on.equals(handover.firstAppointmentOn())) {
      return new HandoverOutcome.Done(handover, true);
    }
    Instant now = now();
    if (!repository.recordFirstAppointment(id, on, currentUser.username(), now, seenVersion)) {
      return stale(repository.find(id).orElseThrow());
    }
    Handover recorded = repository.find(id).orElseThrow();
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, handover.crn(), Map.of("handover", id, "firstAppointmentOn",
        on.toString(), "beforeDelivery", recorded.firstAppointmentBeforeDelivery()));
    events.publishEvent(new FirstAppointmentRecorded(id, handover.crn(), handover.toProviderCode(), on,
        recorded.deliveredOn(), recorded.firstAppointmentBeforeDelivery()));
    return new HandoverOutcome.Done(recorded, false);
  }

  /**
   * Handovers to or from the user's providers delivered on these days (London time), oldest first,
   * with their first appointments: for measuring whether information arrived in time.
   */
  @Transactional
  public List<HandoverTiming> deliveredBetween(LocalDate from, LocalDate to) {
    CaseScope scope = currentUser.scope();
    return listed("handover timings", repository.deliveredBetween(from, to, scope.providerCodes(), scope.allProviders()))
        .stream().map(listing -> HandoverTiming.of(listing.handover())).toList();
  }

  /** The review tasks of the user's providers: open ones first, soonest due. */
  @Transactional
  public List<ReviewTaskListing> reviewTasks() {
    CaseScope scope = currentUser.scope();
    List<ReviewTask> tasks = repository.reviewTasks(scope.providerCodes(), scope.allProviders());
    Map<String, PersonSummary> byCrn = shown("review tasks", crns(tasks.stream().map(ReviewTask::crn)));
    return tasks.stream().filter(t -> byCrn.containsKey(t.crn()))
        .map(t -> new ReviewTaskListing(t, byCrn.get(t.crn()))).toList();
  }

  /** A review task of the user's provider; audited. */
  @Transactional
  public Optional<ReviewTask> reviewTask(long id) {
    Optional<ReviewTask> found = repository.reviewTask(id).filter(this::inScope);
    found.ifPresent(t -> audit.record(AuditAction.VIEW, AUDIT_SUBJECT, t.crn(), Map.of("reviewTask", id)));
    return found;
  }

  /** The review task of a handover the user may see, once it has been created; audited. */
  @Transactional
  public Optional<ReviewTask> reviewTaskFor(long handoverId) {
    Optional<ReviewTask> found = visible(handoverId).flatMap(h -> repository.reviewTaskFor(h.id()));
    found.ifPresent(t -> audit.record(AuditAction.VIEW, AUDIT_SUBJECT, t.crn(), Map.of("reviewTask", t.id())));
    return found;
  }

  /**
   * A practitioner or senior practitioner of the receiving provider records that they reviewed the
   * initial risk assessment. Completing it again changes nothing.
   */
  @Transactional
  public ReviewTaskOutcome completeReviewTask(long id) {
    boolean reviewer = currentUser.signedIn()
        .filter(user -> user.has(Role.PRACTITIONER) || user.has(Role.SENIOR_PRACTITIONER)).isPresent();
    Optional<ReviewTask> found = repository.reviewTask(id).filter(task -> reviewer && inScope(task));
    if (found.isEmpty()) {
      return new ReviewTaskOutcome.NotFound();
    }
    if (found.get().completed()) {
      return new ReviewTaskOutcome.Completed(found.get(), true);
    }
    Instant now = now();
    String name = currentUser.signedIn().map(SignedInUser::displayName).orElse(currentUser.username());
    if (!repository.completeReviewTask(id, currentUser.username(), name, now)) {
      return new ReviewTaskOutcome.Completed(repository.reviewTask(id).orElseThrow(), true);
    }
    ReviewTask task = repository.reviewTask(id).orElseThrow();
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, task.crn(), Map.of("reviewTask", id, "completed", true));
    events.publishEvent(new ReviewTaskCompleted(id, task.handoverId(), task.crn(), task.providerCode(),
        currentUser.username(), now));
    return new ReviewTaskOutcome.Completed(task, false);
  }

  /** To the microsecond, as the database keeps it, so an event carries the time that was stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Optional<Handover> visible(long id) {
    return repository.find(id).filter(h -> inScope(h) && people.canSee(h.crn()));
  }

  /** A handover the user's provider received: the only ones the user may act on. */
  private Optional<Handover> received(long id) {
    return visible(id).filter(h -> currentUser.scope().covers(h.toProviderCode()));
  }

  private boolean inScope(Handover handover) {
    CaseScope scope = currentUser.scope();
    return scope.covers(handover.toProviderCode()) || scope.covers(handover.fromProviderCode());
  }

  private boolean inScope(ReviewTask task) {
    return currentUser.scope().covers(task.providerCode()) && people.canSee(task.crn());
  }

  private static HandoverOutcome stale(Handover now) {
    String what = now.acknowledgement() != null
        ? "This handover was acknowledged by " + now.acknowledgement().name() + " after you opened it"
        : "This handover changed after you opened it";
    if (now.firstAppointment() != null) {
      what += ". The first appointment is now recorded as " + Dates.inWords(now.firstAppointment().on());
    }
    return new HandoverOutcome.Stale(what, now.version());
  }

  /** The people on a list as the user may see them, by CRN (those out of scope left out); the showing is audited. */
  private Map<String, PersonSummary> shown(String list, Collection<String> crns) {
    if (crns.isEmpty()) {
      return Map.of();
    }
    Map<String, PersonSummary> byCrn = people.summaries(crns).stream()
        .collect(Collectors.toMap(PersonSummary::crn, Function.identity()));
    if (!byCrn.isEmpty()) {
      audit.record(AuditAction.VIEW, AUDIT_SUBJECT, null, Map.of("allocation", list, "crns",
          crns.stream().filter(byCrn::containsKey).toList()));
    }
    return byCrn;
  }

  private List<HandoverListing> listed(String list, List<Handover> handovers) {
    Map<String, PersonSummary> byCrn = shown(list, crns(handovers.stream().map(Handover::crn)));
    return handovers.stream().filter(h -> byCrn.containsKey(h.crn()))
        .map(h -> new HandoverListing(h, byCrn.get(h.crn()))).toList();
  }

  private static Collection<String> crns(java.util.stream.Stream<String> crns) {
    return crns.collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
