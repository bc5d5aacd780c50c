package org.probatio.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.risk.RegistrationChanged.Change;
import org.probatio.risk.internal.RegistrationRepository;
import org.probatio.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations (warning flags): added, reviewed by their review date, and removed with a reason.
 * Every change is audited and announced; overdue reviews are listed for practitioners and teams.
 */
@Service
public class Registrations {

  private final RegistrationRepository repository;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Registrations(RegistrationRepository repository, People people, CurrentUser currentUser, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public RecordOutcome add(String crn, NewRegistration registration) {
    if (!people.canSee(crn)) {
      return new RecordOutcome.NotFound();
    }
    List<FieldError> problems = new java.util.ArrayList<>(registration.problems(today()));
    if (repository.hasActive(crn, registration.type())) {
      problems.add(new FieldError("type", "This person already has an active " + registration.type().label()
          + " registration. Review or remove that one instead"));
    }
    if (!problems.isEmpty()) {
      return new RecordOutcome.Invalid(problems);
    }
    long id = repository.insert(crn, registration, currentUser.username());
    return changed(crn, id, registration.type(), Change.ADDED, Map.of());
  }

  @Transactional
  public RecordOutcome review(String crn, long id, LocalDate reviewedOn, @Nullable String notes, int version) {
    Optional<Registration> found = activeOf(crn, id);
    if (found.isEmpty()) {
      return new RecordOutcome.NotFound();
    }
    if (reviewedOn.isAfter(today()) || reviewedOn.isBefore(found.get().registeredOn())) {
      return new RecordOutcome.Invalid(List.of(new FieldError("reviewedOn",
          "The review date must be between the registration date and today")));
    }
    if (!repository.review(found.get(), reviewedOn, notes, currentUser.username(), version)) {
      return stale();
    }
    return changed(crn, id, found.get().type(), Change.REVIEWED, Map.of());
  }

  @Transactional
  public RecordOutcome remove(String crn, long id, LocalDate on, String reason, int version) {
    Optional<Registration> found = activeOf(crn, id);
    if (found.isEmpty()) {
      return new RecordOutcome.NotFound();
    }
    if (reason.isBlank()) {
      return new RecordOutcome.Invalid(List.of(new FieldError("reason", "Give the reason for removing the registration")));
    }
    if (on.isAfter(today()) || on.isBefore(found.get().registeredOn())) {
      return new RecordOutcome.Invalid(List.of(new FieldError("removedOn",
          "The date must be between the registration date and today")));
    }
    if (!repository.deregister(id, on, reason.strip(), currentUser.username(), version)) {
      return stale();
    }
    return changed(crn, id, found.get().type(), Change.REMOVED, Map.of("reason", reason.strip()));
  }
  /** Every registration, active first. Callers check access, and record the view, through {@code People}. */
  @Transactional(readOnly = true)
  public List<Registration> all(String crn) {
    return repository.forPerson(crn);
  }

  /** Registrations overdue for review among these officers' cases (one officer's, or a team's), oldest first. */
  @Transactional(readOnly = true)
  public List<OverdueReview> overdueFor(Collection<String> staffCodes) {
    Map<String, PersonSummary> cases = new HashMap<>();
    people.casesOf(staffCodes).stream().filter(p -> !p.limited()).forEach(p -> cases.put(p.crn(), p));
    return repository.overdue(cases.keySet(), today()).stream()
        .map(r -> new OverdueReview(cases.get(r.crn()), r))
        .toList();
  }

  private Optional<Registration> activeOf(String crn, long id) {
    return people.canSee(crn) ? repository.find(id).filter(r -> r.crn().equals(crn) && r.active()) : Optional.empty();
  }

  private RecordOutcome changed(String crn, long id, RegisterType type, Change change, Map<String, String> extra) {
    Map<String, Object> details = new HashMap<>(extra);
    details.put("registration", id);
    details.put("type", type.name());
    details.put("change", change.name());
    audit.record(change == Change.ADDED ? AuditAction.CREATE : AuditAction.UPDATE, "person", crn, details);
    events.publishEvent(new RegistrationChanged(crn, id, type, change));
    return new RecordOutcome.Recorded(id);
  }

  private static RecordOutcome stale() {
    return new RecordOutcome.Stale("Someone else changed this registration after you opened it. Check it, then try again");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
