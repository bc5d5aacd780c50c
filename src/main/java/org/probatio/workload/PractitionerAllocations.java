package org.probatio.workload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.internal.CaseRisks;
import org.probatio.workload.internal.CaseloadRepository;
import org.probatio.workload.internal.CaseloadRepository.NewAllocation;
import org.probatio.workload.internal.GradeCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a provider's cases to its practitioners, and moves them between practitioners with a reason.
 * A case has at most one practitioner at a time; the same submission twice allocates once, and a
 * case someone else allocated meanwhile is reported, not taken over. The practitioner becomes the
 * person's responsible officer at once, so the person meets them and not a queue of different staff.
 * The practitioner must work here today, and the grade rules in force must let their grade hold the
 * case, unless a senior practitioner records why they are overriding them.
 */
@Service
public class PractitionerAllocations {

  static final String AUDIT_SUBJECT = "person";
  /** The grades that hold cases. */
  public static final Set<Grade> CASE_HOLDING_GRADES = Set.of(Grade.PO, Grade.PQIP, Grade.PSO);
  private static final int LONGEST_TEXT = 4000;

  private final CaseloadRepository repository;
  private final Workforce workforce;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final WorkloadConfigurations configurations;
  private final CaseRisks caseRisks;
  private final Clock clock;

  PractitionerAllocations(CaseloadRepository repository, Workforce workforce, People people, CurrentUser currentUser,
      AuditTrail audit, ApplicationEventPublisher events, WorkloadConfigurations configurations, CaseRisks caseRisks,
      Clock clock) {
    this.repository = repository;
    this.configurations = configurations;
    this.caseRisks = caseRisks;
    this.workforce = workforce;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The case, if it is held by one of the user's providers and the user may see the person's record. */
  @Transactional(readOnly = true)
  public Optional<ProviderCase> providerCase(long id) {
    return repository.providerCase(id).filter(this::visible);
  }

  /** The case's practitioner now, if it has one. */
  @Transactional(readOnly = true)
  public Optional<PractitionerAllocation> current(long caseId) {
    return providerCase(caseId).flatMap(c -> repository.current(c.id()));
  }

  /** One allocation, if its case is one the user may see. */
  @Transactional(readOnly = true)
  public Optional<PractitionerAllocation> allocation(long id) {
    return repository.allocation(id).filter(a -> providerCase(a.caseId()).isPresent());
  }

  /** The cases providers hold for the person, the newest first, if the user may see the record. */
  @Transactional(readOnly = true)
  public List<ProviderCase> casesOf(String crn) {
    return people.canSee(crn) ? repository.casesOf(crn) : List.of();
  }

  /** Every practitioner the person has had, the latest first: whether they are known to the service, and to whom. */
  @Transactional(readOnly = true)
  public List<PractitionerAllocation> practitionersOf(String crn) {
    return people.canSee(crn) ? repository.forPerson(crn) : List.of();
  }

  /** Allocates the case to a practitioner, or reallocates it; see {@link PractitionerChoice}. */
  @Transactional
  public PractitionerOutcome allocate(long caseId, PractitionerChoice choice) {
    Optional<ProviderCase> found = providerCase(caseId);
    if (found.isEmpty()) {
      return new PractitionerOutcome.NotFound();
    }
    ProviderCase c = found.get();
    // the current practitioner first: a submission committed between the two reads is then found by its key
    Optional<PractitionerAllocation> current = repository.current(c.id());
    Optional<PractitionerAllocation> earlier = repository.byRequestKey(choice.requestKey());
    if (earlier.isPresent()) {
      return earlier.get().caseId() == c.id() ? new PractitionerOutcome.Allocated(earlier.get(), true)
          : new PractitionerOutcome.Invalid(List.of(new FieldError("requestKey", "This request key was used for another case")));
    }
    if (!sameAs(current, choice.replacing())) {
      return current.map(this::alreadyAllocated).orElseGet(() -> new PractitionerOutcome.Invalid(List.of(
          new FieldError("replacing", "The case has no practitioner now: allocate it rather than reallocating it"))));
    }
    Optional<StaffMember> practitioner = workforce.staffMember(choice.staffCode().strip());
    List<FieldError> errors = problems(c, choice, practitioner, current.orElse(null));
    GradeCheck.Result grade = errors.stream().anyMatch(e -> e.field().equals("staffCode")) ? null
        : GradeCheck.check(practitioner.orElseThrow(), LocalDate.now(clock), configurations.inForceToday().gradeRules(),
            caseRisks.of(c.crn()), choice.gradeOverrideReason(), bySenior());
    if (grade != null) {
      errors.addAll(0, grade.problems());
    }
    if (!errors.isEmpty()) {
      return new PractitionerOutcome.Invalid(errors);
    }
    StaffMember to = practitioner.orElseThrow();
    Instant now = clock.instant();
    String by = currentUser.username();
    if (current.isPresent() && !repository.end(current.get().id(), now, "Reallocated to " + to.displayName() + " ("
        + to.code() + ")")) {
      return alreadyAllocated(repository.current(c.id()).orElseThrow());
    }
    Optional<Long> id = repository.insert(new NewAllocation(c.id(), to.code(), to.teamCode(), now, by,
        choice.justification().strip(), choice.sensitive(), blankToNull(choice.oversightNote()),
        grade.override(), current.isPresent() ? choice.reallocationReason() : null,
        current.isPresent() ? blankToNull(choice.reallocationDetails()) : null, choice.requestKey()));
    if (id.isEmpty()) {
      // a concurrent submission won: the same one again, or someone else's
      return repository.byRequestKey(choice.requestKey())
          .<PractitionerOutcome>map(same -> new PractitionerOutcome.Allocated(same, true))
          .orElseGet(() -> alreadyAllocated(repository.current(c.id()).orElseThrow()));
    }
    PractitionerAllocation made = repository.allocation(id.get()).orElseThrow();
    people.appointResponsibleOfficer(c.crn(), to.code());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("practitionerAllocation", made.id());
    details.put("practitioner", to.code());
    current.ifPresent(previous -> details.put("reallocatedFrom", previous.staffCode()));
    audit.record(AuditAction.UPDATE, AUDIT_SUBJECT, c.crn(), details);
    events.publishEvent(new PractitionerAllocated(made.id(), c.id(), c.crn(), to.code(),
        current.map(PractitionerAllocation::staffCode).orElse(null), made.sensitive(), choice.copyManager()));
    return new PractitionerOutcome.Allocated(made, false);
  }

  private List<FieldError> problems(ProviderCase c, PractitionerChoice choice, Optional<StaffMember> practitioner,
      @Nullable PractitionerAllocation current) {
    List<FieldError> errors = new ArrayList<>();
    if (practitioner.isEmpty()) {
      errors.add(new FieldError("staffCode", "Choose a practitioner"));
    } else if (!practitioner.get().providerCode().equals(c.providerCode())) {
      errors.add(new FieldError("staffCode", practitioner.get().displayName() + " works for another provider"));
    } else if (!CASE_HOLDING_GRADES.contains(practitioner.get().grade())) {
      errors.add(new FieldError("staffCode", practitioner.get().displayName() + " is a "
          + practitioner.get().grade().label().toLowerCase(java.util.Locale.ROOT) + ", who does not hold cases"));
    } else if (current != null && current.staffCode().equals(practitioner.get().code())) {
      errors.add(new FieldError("staffCode", practitioner.get().displayName() + " already holds this case"));
    }
    text(errors, "justification", choice.justification(), true, "Enter why this practitioner should hold the case");
    text(errors, "oversightNote", choice.oversightNote(), false, null);
    text(errors, "gradeOverrideReason", choice.gradeOverrideReason(), false, null);
    if (current != null) {
      if (choice.reallocationReason() == null) {
        errors.add(new FieldError("reallocationReason", "Choose why the case is being reallocated"));
      } else {
        text(errors, "reallocationDetails", choice.reallocationDetails(),
            choice.reallocationReason() == ReallocationReason.OTHER, "Enter the reason for reallocating the case");
      }
    }
    return errors;
  }

  private static void text(List<FieldError> errors, String field, @Nullable String value, boolean required,
      @Nullable String whenMissing) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, whenMissing));
      }
    } else if (value.strip().length() > LONGEST_TEXT) {
      errors.add(new FieldError(field, "Enter no more than " + LONGEST_TEXT + " characters"));
    }
  }

  private static boolean sameAs(Optional<PractitionerAllocation> current, @Nullable Long replacing) {
    return current.isEmpty() ? replacing == null : replacing != null && replacing == current.get().id();
  }

  private PractitionerOutcome alreadyAllocated(PractitionerAllocation current) {
    String name = workforce.staffMember(current.staffCode()).map(StaffMember::displayName).orElse(current.staffCode());
    return new PractitionerOutcome.AlreadyAllocated(current, "While you were choosing, " + current.allocatedBy()
        + " allocated this case to " + name + ". Nothing was changed: look at the case again.");
  }

  private boolean bySenior() {
    return currentUser.signedIn().map(user -> user.has(Role.SENIOR_PRACTITIONER)).orElse(false);
  }

  private boolean visible(ProviderCase c) {
    return currentUser.scope().covers(c.providerCode()) && people.canSee(c.crn());
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
