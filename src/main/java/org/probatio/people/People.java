package org.probatio.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.internal.PersonRepository;
import org.probatio.people.internal.PersonRepository.Stored;
import org.probatio.people.internal.PersonSearch;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.security.LimitedAccess;
import org.probatio.workforce.Workforce;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Opens, finds, creates and changes person records. Every read and change is audited, every read
 * respects the user's provider and limited-access lists, and nobody is ever silently duplicated.
 */
@Service
public class People {

  static final String AUDIT_SUBJECT = "person";
  public static final int MAX_PAGE_SIZE = 100;

  private final PersonRepository repository;
  private final PersonSearch search;
  private final CurrentUser currentUser;
  private final LimitedAccess limitedAccess;
  private final Workforce workforce;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  People(PersonRepository repository, PersonSearch search, CurrentUser currentUser, LimitedAccess limitedAccess, Workforce workforce,
      AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.search = search;
    this.currentUser = currentUser;
    this.limitedAccess = limitedAccess;
    this.workforce = workforce;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Opens a record, and records that this user looked at it. */
  @Transactional
  public Lookup view(String crn) {
    Optional<Person> person = visible(crn);
    if (person.isEmpty()) {
      return new Lookup.NotFound();
    }
    Optional<String> withheld = limitedAccess.withheldFrom(currentUser.username(), person.get().crn().value());
    audit.record(AuditAction.VIEW, AUDIT_SUBJECT, crn, Map.of("outcome", withheld.isPresent() ? "withheld" : "shown"));
    return withheld.<Lookup>map(contact -> new Lookup.Withheld(crn, contact))
        .orElseGet(() -> new Lookup.Found(person.get()));
  }

  /** Whether the user may see this record, without recording a view: for checks before other work. */
  @Transactional(readOnly = true)
  public boolean canSee(String crn) {
    if (visible(crn).isEmpty()) {
      return false;
    }
    // limited access keeps staff out; system work such as opening a sentenced case for allocation serves them all
    return currentUser.signedIn().isEmpty() || limitedAccess.withheldFrom(currentUser.username(), crn).isEmpty();
  }

  /** Finds people by CRN, PNC ID, CRO or NOMIS number, date of birth or part of a name. */
  @Transactional
  public Optional<SearchPage> search(String text, int page, int size) {
    SearchQuery query = SearchQuery.of(text);
    if (query == null) {
      return Optional.empty();
    }
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    PersonSearch.Matches matches = search.search(query, currentUser.scope(), pageNumber, pageSize);
    List<PersonSummary> rows = withholdLimited(matches.rows());
    audit.record(AuditAction.SEARCH, AUDIT_SUBJECT, null, Map.of("query", text.strip(), "kind", query.kind().name(),
        "crns", rows.stream().map(PersonSummary::crn).toList()));
    return Optional.of(new SearchPage(text.strip(), query.kind(), rows, pageNumber, pageSize, matches.total()));
  }

  /** The cases a member of staff is responsible officer for. */
  @Transactional(readOnly = true)
  public List<PersonSummary> casesOf(String staffCode) {
    return casesOf(List.of(staffCode));
  }

  /** The cases these members of staff are responsible officers for, such as a team's. */
  @Transactional(readOnly = true)
  public List<PersonSummary> casesOf(java.util.Collection<String> staffCodes) {
    return withholdLimited(search.responsibleFor(staffCodes, 200 * Math.max(1, staffCodes.size())));
  }

  /**
   * One line for each of these people that the user may see, limited-access ones withheld, in no
   * particular order: for other modules' lists. Callers record the view of what they list.
   */
  @Transactional(readOnly = true)
  public List<PersonSummary> summaries(java.util.Collection<String> crns) {
    return withholdLimited(search.byCrn(crns, currentUser.scope()));
  }

  /**
   * Creates a record. A PNC ID already on another record is refused; a name and date of birth that
   * match another record must be confirmed. A repeated request key returns the first record.
   */
  @Transactional
  public CreateOutcome create(PersonInput input, @Nullable String providerCode, boolean confirmedNotDuplicate,
      @Nullable String requestKey) {
    if (requestKey != null) {
      Optional<String> earlier = repository.crnForRequest(requestKey);
      if (earlier.isPresent()) {
        return new CreateOutcome.Created(new Crn(earlier.get()), true);
      }
    }
    PersonInputReader.Result read = PersonInputReader.read(input, today());
    String provider = providerFor(providerCode);
    if (!read.valid() || provider == null) {
      List<FieldError> errors = new java.util.ArrayList<>(read.errors());
      if (provider == null) {
        errors.add(new FieldError("provider", "Select the provider that will manage this case"));
      }
      return new CreateOutcome.Invalid(errors);
    }
    PersonDetails details = read.details();
    Crn crn = repository.nextCrn();
    // Claimed before the duplicate checks: a twin request waits here for this one, then returns its record.
    if (requestKey != null && !repository.claimRequest(requestKey, crn, clock.instant())) {
      return new CreateOutcome.Created(new Crn(repository.crnForRequest(requestKey).orElseThrow()), true);
    }
    if (details.pnc() != null) {
      Optional<String> holder = repository.crnWithPnc(details.pnc());
      if (holder.isPresent()) {
        return refused(new CreateOutcome.DuplicatePnc(holder.get()));
      }
    }
    if (!confirmedNotDuplicate) {
      List<PersonSummary> candidates =
          search.sameNameAndBirth(Names.matchKey(details.firstName(), details.lastName()), details.dateOfBirth());
      if (!candidates.isEmpty()) {
        return refused(new CreateOutcome.PossibleDuplicates(withholdLimited(candidates)));
      }
    }
    Optional<String> raced = pncTakenMeanwhile(details,
        () -> repository.insert(crn, details, provider, null, currentUser.username(), clock.instant(), today()));
    if (raced.isPresent()) {
      return refused(new CreateOutcome.DuplicatePnc(raced.get()));
    }
    audit.record(AuditAction.CREATE, AUDIT_SUBJECT, crn.value(), Map.of("provider", provider));
    events.publishEvent(new PersonCreated(crn.value(), provider));
    return new CreateOutcome.Created(crn, false);
  }

  /** Changes a record, unless someone else changed it since the user's version. */
  @Transactional
  public UpdateOutcome update(String crn, PersonInput input, int expectedVersion) {
    Optional<Stored> stored = repository.find(crn).filter(this::inScope);
    if (stored.isEmpty() || limitedAccess.withheldFrom(currentUser.username(), crn).isPresent()) {
      return new UpdateOutcome.NotFound();
    }
    Person before = stored.get().person();
    if (before.version() != expectedVersion) {
      return new UpdateOutcome.Stale(before.version(), before.updatedBy(), before.updatedAt());
    }
    PersonInputReader.Result read = PersonInputReader.read(input, today());
    if (!read.valid()) {
      return new UpdateOutcome.Invalid(read.errors());
    }
    PersonDetails details = read.details();
    if (details.pnc() != null) {
      Optional<String> holder = repository.crnWithPnc(details.pnc()).filter(other -> !other.equals(crn));
      if (holder.isPresent()) {
        return new UpdateOutcome.DuplicatePnc(holder.get());
      }
    }
    boolean[] saved = {false};
    Optional<String> raced = pncTakenMeanwhile(details, () -> saved[0] = repository.update(stored.get().id(), details,
        expectedVersion, currentUser.username(), clock.instant(), today(), before.details().address()));
    if (raced.isPresent()) {
      return new UpdateOutcome.DuplicatePnc(raced.get());
    }
    if (!saved[0]) {
      Person now = repository.find(crn).orElseThrow().person();
      return new UpdateOutcome.Stale(now.version(), now.updatedBy(), now.updatedAt());
    }
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, crn, Map.of("changed", PersonChanges.between(before.details(), details)));
    events.publishEvent(new PersonDetailsChanged(crn));
    return new UpdateOutcome.Updated(expectedVersion + 1);
  }

  /** Lets staff of another provider see a case handed to it. */
  @Transactional
  public void shareWith(String crn, String providerCode, String reason) {
    Stored stored = repository.find(crn).orElseThrow(() -> new IllegalArgumentException("No person has the CRN " + crn));
    repository.share(stored.id(), providerCode, reason, clock.instant());
  }

  /**
   * Makes a member of staff the person's responsible officer, the name on their record from now on.
   * Not a change of the person's details, so it does not touch the record's version; it is audited.
   */
  @Transactional
  public void appointResponsibleOfficer(String crn, String staffCode) {
    Stored stored = repository.find(crn).orElseThrow(() -> new IllegalArgumentException("No person has the CRN " + crn));
    repository.appointResponsibleOfficer(stored.id(), staffCode);
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, crn, Map.of("responsibleOfficer", staffCode));
  }

  /** Everyone's CRN and gender in CRN order, for batch work such as recomputing tiers: not audited, no user's scope. */
  @Transactional(readOnly = true)
  public void forEachGender(java.util.function.BiConsumer<String, Gender> action) {
    repository.forEachGender(action);
  }

  /** The person's recorded gender, for system work such as tiering: not audited, no user's scope. */
  @Transactional(readOnly = true)
  public Optional<Gender> genderOf(String crn) {
    return repository.find(crn).map(stored -> stored.person().details().gender());
  }

  /** Whether a record exists at all, whoever holds it: for the limited-access admin page. */
  @Transactional(readOnly = true)
  public boolean exists(String crn) {
    return repository.find(crn).isPresent();
  }

  private Optional<Person> visible(String crn) {
    return repository.find(crn).filter(this::inScope).map(Stored::person);
  }

  private boolean inScope(Stored stored) {
    CaseScope scope = currentUser.scope();
    return scope.covers(stored.person().providerCode()) || stored.sharedWith().stream().anyMatch(scope::covers);
  }

  private List<PersonSummary> withholdLimited(List<PersonSummary> rows) {
    Map<String, String> withheld =
        limitedAccess.withheldFrom(currentUser.username(), rows.stream().map(PersonSummary::crn).toList());
    return withheld.isEmpty() ? rows
        : rows.stream().map(row -> withheld.containsKey(row.crn()) ? row.withheld(withheld.get(row.crn())) : row).toList();
  }

  private @Nullable String providerFor(@Nullable String requested) {
    CaseScope scope = currentUser.scope();
    if (requested != null && !requested.isBlank()) {
      return scope.covers(requested) && workforce.provider(requested).isPresent() ? requested : null;
    }
    return scope.allProviders() || scope.providerCodes().size() != 1 ? null : scope.providerCodes().iterator().next();
  }

  /**
   * Runs a write that a concurrent request may beat to the same PNC ID. The unique index catches it;
   * the savepoint keeps the transaction usable so the user can be told whose record has it.
   */
  private Optional<String> pncTakenMeanwhile(PersonDetails details, Runnable write) {
    TransactionStatus status = TransactionAspectSupport.currentTransactionStatus();
    Object savepoint = status.createSavepoint();
    try {
      write.run();
      status.releaseSavepoint(savepoint);
      return Optional.empty();
    } catch (DuplicateKeyException e) {
      status.rollbackToSavepoint(savepoint);
      if (details.pnc() == null) {
        throw e;
      }
      return Optional.of(repository.crnWithPnc(details.pnc()).orElseThrow(() -> e));
    }
  }

  /** Nothing of a refused request is kept, not even its claim on the request key. */
  private static CreateOutcome refused(CreateOutcome outcome) {
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    return outcome;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
