package org.probatio.workload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.risk.RegisterType;
import org.probatio.security.CurrentUser;
import org.probatio.workforce.Grade;
import org.probatio.workload.internal.ConfigurationRepository.VersionRow;
import org.probatio.workload.internal.ConfigurationRepository;
import org.probatio.workload.rules.ConfigurationChange;
import org.probatio.workload.rules.GradeCriterion;
import org.probatio.workload.rules.PointsTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated workload configuration: the version in force on any day, every version ever
 * made, and administrators' new versions and withdrawals. History is never rewritten: a new version
 * takes effect today or later, only a version not yet in force can be withdrawn, and every change is
 * audited and announced as {@link WorkloadConfigurationChanged}.
 */
@Service
public class WorkloadConfigurations {

  public static final int LONGEST_NOTE = 500;
  public static final String EFFECTIVE_FROM = "effectiveFrom";
  public static final String NOTE = "note";
  public static final String RESTRICTED_GRADES = "restrictedGrades";
  public static final String REGISTER_CODES = "registerCodes";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What happened when an administrator made or withdrew a version. */
  public sealed interface Outcome {

    record Made(WorkloadConfiguration version) implements Outcome {}

    record Withdrawn(WorkloadConfigurationVersion version) implements Outcome {}

    /** Refused: each field at fault with what to do about it. */
    record Refused(Map<String, String> problems) implements Outcome {}

    record NotFound() implements Outcome {}
  }

  /**
   * A new version checked before it is saved: its problems, keyed by field (none when it may be made),
   * the version it takes over from on its date, and every value it changes from that one.
   */
  public record Proposal(Map<String, String> problems, @Nullable WorkloadConfiguration replaces,
      List<ConfigurationChange> changes) {

    public boolean allowed() {
      return problems.isEmpty();
    }
  }

  private final ConfigurationRepository repository;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WorkloadConfigurations(ConfigurationRepository repository, CurrentUser currentUser, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The version in force on a day; empty only before the first version (1 January 2000). */
  @Transactional(readOnly = true)
  public Optional<WorkloadConfiguration> inForceOn(LocalDate day) {
    return repository.inForceOn(day).map(row -> full(row, today()));
  }

  /** The version in force today. */
  @Transactional(readOnly = true)
  public WorkloadConfiguration inForceToday() {
    return inForceOn(today()).orElseThrow(() -> new IllegalStateException("no workload configuration is in force"));
  }

  /** A version by its id, withdrawn or not. */
  @Transactional(readOnly = true)
  public Optional<WorkloadConfiguration> version(long id) {
    return repository.version(id).map(row -> full(row, today()));
  }

  /** Every version ever made, withdrawn ones too, the latest effective date first, each with its status today. */
  @Transactional(readOnly = true)
  public List<WorkloadConfigurationVersion> history() {
    LocalDate today = today();
    Long inForce = repository.inForceOn(today).map(VersionRow::id).orElse(null);
    return repository.versions().stream().map(row -> version(row, today, inForce)).toList();
  }

  /** Checks a new version without saving it: its problems, and what it would change. */
  @Transactional(readOnly = true)
  public Proposal check(NewConfiguration proposed) {
    Map<String, String> problems = problems(proposed);
    Optional<VersionRow> replaced = repository.inForceOn(proposed.effectiveFrom());
    if (replaced.isEmpty()) { // before the first version
      return new Proposal(problems, null, List.of());
    }
    WorkloadConfiguration replaces = full(replaced.get(), today());
    List<ConfigurationChange> changes = hasFigureProblems(problems) ? List.of()
        : ConfigurationChange.between(replaces.points(), replaces.gradeRules(), proposed.points(0), proposed.gradeRules());
    return new Proposal(problems, replaces, changes);
  }

  @Transactional
  public Outcome make(NewConfiguration proposed) {
    Proposal proposal = check(proposed);
    if (!proposal.allowed()) {
      return new Outcome.Refused(proposal.problems());
    }
    NewConfiguration stripped = new NewConfiguration(proposed.effectiveFrom(), proposed.note().strip(), proposed.cases(),
        proposed.reports(), proposed.nominalTarget(), proposed.defaultHours(), proposed.gradeRules());
    Optional<Long> id = repository.insert(stripped, clock.instant(), currentUser.username());
    if (id.isEmpty()) { // another administrator took the date a moment ago
      return new Outcome.Refused(Map.of(EFFECTIVE_FROM, sameDate(proposed.effectiveFrom())));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("effectiveFrom", proposed.effectiveFrom().toString());
    details.put("note", stripped.note());
    WorkloadConfiguration replaces = proposal.replaces();
    if (replaces != null) {
      details.put("replaces", replaces.id());
    }
    details.put("changes", proposal.changes().stream().map(ConfigurationChange::toString).toList());
    audit.record(AuditAction.CREATE, "workload-configuration", String.valueOf(id.get()), details);
    events.publishEvent(new WorkloadConfigurationChanged(id.get(), proposed.effectiveFrom(), false));
    return new Outcome.Made(full(repository.version(id.get()).orElseThrow(), today()));
  }

  /** Withdraws a version that has not yet taken effect. */
  @Transactional
  public Outcome withdraw(long id) {
    Optional<VersionRow> found = repository.version(id).filter(row -> row.withdrawnAt() == null);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    LocalDate from = found.get().effectiveFrom();
    if (!from.isAfter(today())) {
      return new Outcome.Refused(Map.of(EFFECTIVE_FROM, tookEffect(id, from)));
    }
    repository.withdraw(id, clock.instant(), currentUser.username());
    audit.record(AuditAction.UPDATE, "workload-configuration", String.valueOf(id),
        Map.of("effectiveFrom", from.toString(), "withdrawn", true));
    events.publishEvent(new WorkloadConfigurationChanged(id, from, true));
    return new Outcome.Withdrawn(version(repository.version(id).orElseThrow(), today(), null));
  }

  /** Why a version cannot be withdrawn; empty when it can, because it has not yet taken effect. */
  public static Optional<String> cannotWithdraw(WorkloadConfigurationVersion version) {
    return switch (version.status()) {
      case FUTURE -> Optional.empty();
      case WITHDRAWN -> Optional.of("Version " + version.id() + " has already been withdrawn");
      case IN_FORCE, PAST -> Optional.of(tookEffect(version.id(), version.effectiveFrom()));
    };
  }

  private static String tookEffect(long id, LocalDate from) {
    return "Version " + id + " took effect on " + DAY.format(from) + " and cannot be withdrawn: workload figures have"
        + " been worked out with it. Make a new version instead";
  }

  private Map<String, String> problems(NewConfiguration proposed) {
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate from = proposed.effectiveFrom();
    if (from.isBefore(today())) {
      problems.put(EFFECTIVE_FROM, "The date the version takes effect must be today or later: figures already worked"
          + " out are never changed");
    } else if (repository.inForceFrom(from).isPresent()) {
      problems.put(EFFECTIVE_FROM, sameDate(from));
    }
    String note = proposed.note().strip();
    if (note.isEmpty()) {
      problems.put(NOTE, "Enter a note saying why the configuration is changing");
    } else if (note.length() > LONGEST_NOTE) {
      problems.put(NOTE, "The note must be " + LONGEST_NOTE + " characters or fewer");
    }
    problems.putAll(PointsTable.problems(proposed.cases(), proposed.reports(), proposed.nominalTarget(),
        proposed.defaultHours()));
    proposed.defaultHours().keySet().stream().filter(grade -> !isGrade(grade)).findFirst().ifPresent(grade ->
        problems.put(PointsTable.HOURS_FIELD, grade + " is not a grade"));
    proposed.gradeRules().restrictedGrades().stream().filter(grade -> !isGrade(grade)).findFirst().ifPresent(grade ->
        problems.put(RESTRICTED_GRADES, grade + " is not a grade"));
    registerCodeProblem(proposed).ifPresent(message -> problems.put(REGISTER_CODES, message));
    return problems;
  }

  private static Optional<String> registerCodeProblem(NewConfiguration proposed) {
    List<String> unknown = new ArrayList<>();
    for (String code : proposed.gradeRules().registerCodes()) {
      if (!isRegisterCode(code)) {
        unknown.add(code);
      }
    }
    if (!unknown.isEmpty()) {
      return Optional.of((unknown.size() == 1 ? unknown.get(0) + " is not a register code"
          : String.join(", ", unknown) + " are not register codes") + ": use codes such as ADVP or RCPR");
    }
    if (proposed.gradeRules().criteria().contains(GradeCriterion.REGISTRATION)
        && proposed.gradeRules().registerCodes().isEmpty()) {
      return Optional.of("Enter the register codes the registration rule looks for, or switch that rule off");
    }
    return Optional.empty();
  }

  private static boolean hasFigureProblems(Map<String, String> problems) {
    return problems.keySet().stream().anyMatch(field -> !field.equals(EFFECTIVE_FROM) && !field.equals(NOTE));
  }

  private static String sameDate(LocalDate from) {
    return "A version already takes effect on " + DAY.format(from) + ": choose another date, or withdraw that version first";
  }

  private WorkloadConfiguration full(VersionRow row, LocalDate today) {
    Long inForce = repository.inForceOn(today).map(VersionRow::id).orElse(null);
    return new WorkloadConfiguration(version(row, today, inForce), repository.points(row), row.gradeRules());
  }

  private static WorkloadConfigurationVersion version(VersionRow row, LocalDate today, @Nullable Long inForce) {
    VersionStatus status = row.withdrawnAt() != null ? VersionStatus.WITHDRAWN
        : row.effectiveFrom().isAfter(today) ? VersionStatus.FUTURE
        : Long.valueOf(row.id()).equals(inForce) ? VersionStatus.IN_FORCE : VersionStatus.PAST;
    return new WorkloadConfigurationVersion(row.id(), row.effectiveFrom(), row.note(), row.madeAt(), row.madeBy(),
        row.withdrawnAt(), row.withdrawnBy(), status);
  }

  private static boolean isGrade(String code) {
    for (Grade grade : Grade.values()) {
      if (grade.name().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRegisterCode(String code) {
    for (RegisterType type : RegisterType.values()) {
      if (type.name().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
