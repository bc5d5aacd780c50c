package org.probatio.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.People;
import org.probatio.risk.internal.RoshRepository;
import org.probatio.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records RoSH screenings and full analyses. Each new one explicitly supersedes the current one,
 * so "current" is never ambiguous, and the history stays visible.
 */
@Service
public class RoshAssessments {

  private final RoshRepository repository;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RoshAssessments(RoshRepository repository, People people, CurrentUser currentUser, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public RecordOutcome record(String crn, NewRoshAssessment assessment) {
    if (!people.canSee(crn)) {
      return new RecordOutcome.NotFound();
    }
    var problems = assessment.problems(LocalDate.now(clock));
    if (!problems.isEmpty()) {
      return new RecordOutcome.Invalid(problems);
    }
    repository.lockPerson(crn);
    Optional<RoshAssessment> current = repository.current(crn);
    Long currentId = current.map(RoshAssessment::id).orElse(null);
    if (!Objects.equals(currentId, assessment.replacing())) {
      return new RecordOutcome.Stale("Another RoSH assessment was recorded for this person after you started. "
          + "Check the current assessment, then record yours again if it is still needed");
    }
    long id = repository.insertCurrent(crn, assessment, currentId, currentUser.username(), clock.instant());
    RoshLevel previous = current.map(a -> a.levels().overall()).orElse(null);
    audit.record(AuditAction.CREATE, "person", crn, Map.of("rosh", id, "kind", assessment.kind().name(),
        "overall", assessment.levels().overall().name()));
    events.publishEvent(new RoshChanged(crn, id, previous, assessment.levels().overall()));
    return new RecordOutcome.Recorded(id);
  }

  /** The current assessment. Callers check access, and record the view, through {@code People}. */
  @Transactional(readOnly = true)
  public Optional<RoshAssessment> current(String crn) {
    return repository.current(crn);
  }

  /** Every assessment, newest first. Callers check access, and record the view, through {@code People}. */
  @Transactional(readOnly = true)
  public List<RoshAssessment> history(String crn) {
    return repository.history(crn);
  }
}
