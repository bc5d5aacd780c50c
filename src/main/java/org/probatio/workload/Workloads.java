package org.probatio.workload;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.ReductionHours;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.internal.WorkloadFigureRepository;
import org.probatio.workload.internal.WorkloadFigureRepository.Held;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.Workload;
import org.probatio.workload.rules.WorkloadCalculator;
import org.probatio.workload.rules.WorkloadCase;
import org.probatio.workload.rules.WorkloadInput;
import org.probatio.workload.rules.WorkloadReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each case-holding practitioner's workload: points from the cases they hold (by tier and case type) and
 * the reports they write, against the points their contracted hours less reductions make available, with
 * the workload configuration in force. Figures are stored, kept current as cases, tiers, reports and
 * reductions change, and kept day by day, so a past figure stays as it was worked out then.
 */
@Service
public class Workloads {

  /** A report counts on its author's workload while it is written and for this long after it is completed. */
  public static final Duration REPORTS_COUNT_FOR = Duration.ofDays(30);
  private static final Set<Role> MANAGING = Set.of(Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR);

  private final WorkloadFigureRepository repository;
  private final WorkloadConfigurations configurations;
  private final Workforce workforce;
  private final Reductions reductions;
  private final CurrentUser currentUser;
  private final Clock clock;

  Workloads(WorkloadFigureRepository repository, WorkloadConfigurations configurations, Workforce workforce,
      Reductions reductions, CurrentUser currentUser, Clock clock) {
    this.repository = repository;
    this.configurations = configurations;
    this.workforce = workforce;
    this.reductions = reductions;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The stored figures of these practitioners, by staff code; those with none (who hold no cases' grade) are missing. */
  @Transactional(readOnly = true)
  public Map<String, StaffWorkload> figures(Collection<String> staffCodes) {
    return repository.figures(staffCodes);
  }

  /** The stored figures of a team's case-holding practitioners, by staff code. */
  @Transactional(readOnly = true)
  public List<StaffWorkload> team(String teamCode) {
    return repository.team(teamCode);
  }

  /**
   * A practitioner's workload worked out now and explained, if the user may see it: their own, or (for
   * managers, allocators, inspectors and administrators) that of staff of a provider they cover.
   */
  @Transactional(readOnly = true)
  public Optional<WorkloadBreakdown> breakdown(String staffCode) {
    Optional<StaffMember> staff = workforce.staffMember(staffCode).filter(this::mayLookAt)
        .filter(member -> PractitionerAllocations.CASE_HOLDING_GRADES.contains(member.grade()));
    if (staff.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    WorkloadConfiguration configuration = configurations.inForceToday();
    Set<String> code = Set.of(staffCode);
    @Nullable ReductionHours reduced = reductions.hoursOn(staffCode, today).orElse(null);
    Workload workload = calculate(configuration, staff.get(), reduced, repository.held(today, code).get(staffCode),
        repository.reports(reportsSince(), code).get(staffCode), today);
    return Optional.of(new WorkloadBreakdown(staff.get(), workload, reduced, configuration));
  }

  /** Works out and stores these practitioners' figures now; staff who hold no cases any more lose theirs. */
  @Transactional
  public void refresh(Collection<String> staffCodes) {
    LocalDate today = LocalDate.now(clock);
    List<StaffMember> holders = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String code : Set.copyOf(staffCodes)) {
      Optional<StaffMember> member = workforce.staffMember(code)
          .filter(m -> m.workingOn(today) && PractitionerAllocations.CASE_HOLDING_GRADES.contains(m.grade()));
      member.ifPresentOrElse(holders::add, () -> others.add(code));
    }
    repository.remove(others);
    if (!holders.isEmpty()) {
      List<String> codes = holders.stream().map(StaffMember::code).toList();
      save(holders, today, repository.held(today, codes), repository.reports(reportsSince(), codes),
          code -> reductions.hoursOn(code, today).orElse(null));
    }
  }

  /**
   * Works out every case-holding practitioner's figure from scratch: the staff, their reductions, the
   * cases held and the reports written each read in one query, then the figures saved in batches.
   * Returns how many figures were saved.
   */
  @Transactional
  public int recomputeEveryone(IntConsumer progress) {
    LocalDate today = LocalDate.now(clock);
    List<StaffMember> holders = workforce.staffWorkingOn(today, PractitionerAllocations.CASE_HOLDING_GRADES);
    Map<String, ReductionHours> reduced = reductions.hoursOn(today);
    repository.removeAllBut(holders.stream().map(StaffMember::code).toList());
    save(holders, today, repository.held(today, null), repository.reports(reportsSince(), null), reduced::get);
    progress.accept(holders.size());
    return holders.size();
  }

  private void save(List<StaffMember> holders, LocalDate today, Map<String, List<Held>> held,
      Map<String, List<WorkloadReport>> reports, java.util.function.Function<String, @Nullable ReductionHours> reduced) {
    WorkloadConfiguration configuration = configurations.inForceToday();
    Instant now = clock.instant();
    List<StaffWorkload> figures = new ArrayList<>(holders.size());
    for (StaffMember member : holders) {
      ReductionHours reduction = reduced.apply(member.code());
      Workload w = calculate(configuration, member, reduction, held.get(member.code()), reports.get(member.code()), today);
      figures.add(new StaffWorkload(member.code(), member.grade().name(), member.teamCode(), member.providerCode(),
          member.contractedHours(), w.reductionHours(), w.availablePoints(), w.points(), w.capacity(), w.cases().size(),
          w.casesByType().get(CaseType.COMMUNITY), w.casesByType().get(CaseType.LICENCE),
          w.casesByType().get(CaseType.CUSTODY), w.reports().size(), w.casesByTier(), configuration.id(), today, now));
    }
    repository.save(figures);
  }

  private static Workload calculate(WorkloadConfiguration configuration, StaffMember member,
      @Nullable ReductionHours reduction, @Nullable List<Held> held, @Nullable List<WorkloadReport> reports,
      LocalDate today) {
    List<WorkloadCase> cases = held == null ? List.of() : held.stream()
        .map(h -> new WorkloadCase(h.crn(), h.tier(), ProviderCase.caseType(h.orderType(), h.expectedReleaseDate(), today)))
        .toList();
    return WorkloadCalculator.calculate(configuration.points(), new WorkloadInput(member.grade().name(),
        member.contractedHours(), reduction == null ? BigDecimal.ZERO : reduction.hours(), cases,
        reports == null ? List.of() : reports));
  }

  private Instant reportsSince() {
    return clock.instant().minus(REPORTS_COUNT_FOR);
  }

  private boolean mayLookAt(StaffMember member) {
    Optional<SignedInUser> user = currentUser.signedIn();
    if (user.isEmpty() || member.code().equals(user.get().staffCode())) {
      return true;
    }
    return MANAGING.stream().anyMatch(user.get()::has) && currentUser.scope().covers(member.providerCode());
  }
}
