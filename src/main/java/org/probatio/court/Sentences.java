package org.probatio.court;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.internal.SentenceRepository;
import org.probatio.people.FieldError;
import org.probatio.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sentence passed at a hearing and announces it with {@link SentenceRecorded}, in the
 * same transaction, so allocation starts on every sentence and on nothing that was not saved.
 */
@Service
public class Sentences {

  private final SentenceRepository repository;
  private final Hearings hearings;
  private final VisiblePeople visiblePeople;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Sentences(SentenceRepository repository, Hearings hearings, VisiblePeople visiblePeople, CurrentUser currentUser,
      AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.hearings = hearings;
    this.visiblePeople = visiblePeople;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Records the hearing's sentence. A hearing has one: recording it again finds the first, and announces nothing. */
  @Transactional
  public CourtOutcome record(long hearingId, NewSentence sentence) {
    Optional<Hearing> found = hearings.visible(hearingId);
    if (found.isEmpty()) {
      return new CourtOutcome.NotFound();
    }
    Optional<Long> existing = repository.idForHearing(hearingId);
    if (existing.isPresent()) {
      return new CourtOutcome.Recorded(existing.get(), true);
    }
    Hearing hearing = found.get();
    Instant now = clock.instant();
    List<FieldError> problems = new ArrayList<>(sentence.problems(Deadlines.courtDate(now)));
    if (sentence.sentenceDate() != null && sentence.sentenceDate().isBefore(hearing.date())) {
      problems.add(new FieldError("sentenceDate", "The date of the sentence cannot be before the hearing"));
    }
    if (!problems.isEmpty()) {
      return new CourtOutcome.Invalid(problems);
    }
    Optional<Long> id = repository.insert(hearingId, hearing.crn(), sentence, hearing.courtProviderCode(),
        currentUser.username(), now);
    if (id.isEmpty()) {
      return new CourtOutcome.Recorded(repository.idForHearing(hearingId).orElseThrow(), true);
    }
    audit.record(AuditAction.CREATE, "person", hearing.crn(), Map.of("court", "sentence", "sentence", id.get(),
        "orderType", sentence.orderType().name()));
    events.publishEvent(new SentenceRecorded(id.get(), hearing.crn(), sentence.sentenceDate(), now, sentence.orderType(),
        hearing.courtProviderCode()));
    return new CourtOutcome.Recorded(id.get(), false);
  }

  /** A sentence with its requirements; reading it is audited. Empty for a person the user may not see. */
  @Transactional
  public Optional<Sentence> sentence(long id) {
    return viewed(repository.find(id).filter(s -> visiblePeople.canSee(s.crn())));
  }

  /** The person's most recent sentence; reading it is audited. */
  @Transactional
  public Optional<Sentence> latestSentence(String crn) {
    if (!visiblePeople.canSee(crn)) {
      return Optional.empty();
    }
    return viewed(repository.forPerson(crn).stream().findFirst());
  }

  private Optional<Sentence> viewed(Optional<Sentence> sentence) {
    sentence.ifPresent(s -> audit.record(AuditAction.VIEW, "person", s.crn(), Map.of("court", "sentence", "sentence", s.id())));
    return sentence;
  }
}
