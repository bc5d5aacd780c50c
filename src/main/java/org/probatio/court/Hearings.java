package org.probatio.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.internal.HearingRepository;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists hearings for people found (or created) through the people search, so the court never
 * makes a second record of anyone. Listing the same person at the same court, day and session again
 * finds the first hearing.
 */
@Service
public class Hearings {

  private final HearingRepository repository;
  private final People people;
  private final VisiblePeople visiblePeople;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final Clock clock;

  Hearings(HearingRepository repository, People people, VisiblePeople visiblePeople, CurrentUser currentUser,
      AuditTrail audit, Clock clock) {
    this.repository = repository;
    this.people = people;
    this.visiblePeople = visiblePeople;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public CourtOutcome add(NewHearing hearing) {
    if (!people.canSee(hearing.crn())) {
      return new CourtOutcome.NotFound();
    }
    var problems = hearing.problems();
    if (!problems.isEmpty()) {
      return new CourtOutcome.Invalid(problems);
    }
    HearingRepository.Listed listed = repository.insert(hearing, hearing.normalisedCharges(), courtProvider(hearing.crn()),
        currentUser.username(), clock.instant());
    if (!listed.existed()) {
      audit.record(AuditAction.CREATE, "person", hearing.crn(), Map.of("court", "hearing", "hearing", listed.id(),
          "date", hearing.date().toString()));
    }
    return new CourtOutcome.Recorded(listed.id(), listed.existed());
  }

  /** A hearing with its charges; reading it is audited. */
  @Transactional
  public Optional<Hearing> hearing(long id) {
    Optional<Hearing> hearing = visible(id);
    hearing.ifPresent(h -> audit.record(AuditAction.VIEW, "person", h.crn(), Map.of("court", "hearing", "hearing", id)));
    return hearing;
  }

  /** The day's court list for the user's court team (every provider's for national users), by court and session. */
  @Transactional
  public List<ListedHearing> listedOn(LocalDate day) {
    return visiblePeople.listed("hearings " + day, repository.listedOn(day, ownProvider()),
        row -> row.hearing().crn(),
        (row, person) -> new ListedHearing(row.hearing(), person, row.reportType(), row.reportCompleted(), row.sentenced()));
  }

  /** The hearing, if it is about someone the user may see; nothing is audited. */
  Optional<Hearing> visible(long id) {
    return repository.find(id).filter(h -> people.canSee(h.crn()));
  }

  /** The user's own provider; null for national users, who work every provider's lists. */
  @Nullable String ownProvider() {
    return currentUser.signedIn().filter(user -> !user.scope().allProviders()).map(SignedInUser::providerCode).orElse(null);
  }

  /** The court team's provider: the user's own, or for national users the person's. */
  private String courtProvider(String crn) {
    String own = currentUser.signedIn().map(SignedInUser::providerCode).orElse(null);
    if (own != null) {
      return own;
    }
    return people.summaries(List.of(crn)).stream().map(PersonSummary::providerCode)
        .filter(java.util.Objects::nonNull).findFirst()
        .orElseThrow(() -> new IllegalStateException("The person " + crn + " has no provider"));
  }
}
