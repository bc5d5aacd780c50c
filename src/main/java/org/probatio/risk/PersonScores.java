package org.probatio.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.people.PersonDetails;
import org.probatio.risk.internal.ScoreRepository;
import org.probatio.risk.internal.ScoreRepository.Row;
import org.probatio.risk.scoring.Gender;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ScoringRequest;
import org.probatio.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's actuarial scores: calculated from their record (gender, date of birth) and the
 * assessment answers, with the offence mapping in force, and stored so they can be explained and
 * replayed exactly.
 */
@Service
public class PersonScores {

  /** The outcome of scoring a person. */
  public sealed interface Outcome {
    record Calculated(ScoreCalculation calculation) implements Outcome {}

    /** The scores need a gender of male or female on the record; the actuarial models know no other. */
    record GenderNeeded() implements Outcome {}

    record NotFound() implements Outcome {}
  }

  /** A stored calculation, replayed: whether the same inputs and mapping still give the stored scores. */
  public record Replay(ScoreCalculation calculation, boolean reproduced) {}

  private final ScoreRepository repository;
  private final OffenceMappings mappings;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PersonScores(ScoreRepository repository, OffenceMappings mappings, People people, CurrentUser currentUser,
      AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.mappings = mappings;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Outcome calculate(String crn, ScoringRequest answers) {
    if (!(people.view(crn) instanceof Lookup.Found found)) {
      return new Outcome.NotFound();
    }
    PersonDetails person = found.person().details();
    Gender gender = person.gender() == org.probatio.people.Gender.MALE ? Gender.MALE
        : person.gender() == org.probatio.people.Gender.FEMALE ? Gender.FEMALE : null;
    if (gender == null) {
      return new Outcome.GenderNeeded();
    }
    LocalDate today = LocalDate.now(clock);
    ScoringRequest inputs = answers.forPerson(gender, person.dateOfBirth(), answers.assessmentDateOr(today));
    RiskScores scores = RiskScores.score(inputs, today, mappings.inForce());
    long id = repository.insert(crn, inputs, scores, currentUser.username(), clock.instant());
    audit.record(AuditAction.CREATE, "person", crn, Map.of("scoreCalculation", id, "model", scores.modelVersion().name(),
        "offenceMapping", scores.offenceMapping()));
    events.publishEvent(new ScoresCalculated(crn, id));
    return new Outcome.Calculated(new ScoreCalculation(id, crn, clock.instant(), currentUser.username(),
        scores.modelVersion().name(), inputs, scores));
  }

  /** Recalculates a stored calculation from its inputs and mapping version. Callers check access through People. */
  @Transactional(readOnly = true)
  public Optional<Replay> replay(String crn, long id) {
    return repository.find(crn, id).map(this::replay);
  }

  /** Every calculation for the person, newest first, replayed. Callers check access through People. */
  @Transactional(readOnly = true)
  public List<Replay> history(String crn) {
    return repository.history(crn).stream().map(this::replay).toList();
  }

  private Replay replay(Row row) {
    OffenceWeights weights = mappings.ofVersion(row.offenceMapping())
        .orElseThrow(() -> new IllegalStateException("The offence mapping " + row.offenceMapping() + " is not held"));
    RiskScores again = RiskScores.score(row.inputs(), row.inputs().assessmentDateOr(LocalDate.now(clock)), weights);
    return new Replay(calculation(row, again), repository.scoresJson(again).equals(row.scoresJson()));
  }

  private static ScoreCalculation calculation(Row row, RiskScores scores) {
    return new ScoreCalculation(row.id(), row.crn(), row.calculatedAt(), row.calculatedBy(), row.modelVersion(),
        row.inputs(), scores);
  }
}
