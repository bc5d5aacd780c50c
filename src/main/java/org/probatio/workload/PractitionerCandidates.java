package org.probatio.workload;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.CurrentTier;
import org.probatio.allocation.Handovers;
import org.probatio.allocation.Tiers;
import org.probatio.court.Sentence;
import org.probatio.court.Sentences;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPictures;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.TeamRecord;
import org.probatio.workforce.Teams;
import org.probatio.workforce.Workforce;
import org.probatio.workload.internal.CaseRisks;
import org.probatio.workload.internal.CaseloadRepository;
import org.probatio.workload.rules.Capacity;
import org.probatio.workload.rules.CapacityAfter;
import org.probatio.workload.rules.CaseScore;
import org.probatio.workload.rules.CaseRisk;
import org.probatio.workload.rules.Eligibility;
import org.probatio.workload.rules.WorkloadCalculator;
import org.probatio.workload.rules.WorkloadCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the allocating senior practitioner needs on one screen: the case (its sentence and requirements,
 * risk, tier, and the provider allocation decision with its factors), and the practitioners of a team
 * who might take it, each with their grade, capacity now and after taking the case, the cases given to
 * them in the last week that they still hold, their community and custody cases, and whether the grade
 * rules let them hold it. The candidates' figures and recent allocations are each read in one query for
 * the whole team, never one per candidate.
 */
@Service
public class PractitionerCandidates {

  /** Cases given to a practitioner this recently count as their recent allocations. */
  public static final Duration RECENT = Duration.ofDays(7);

  /** The case as the choosing page shows it; a part is null when it is not on record. */
  public record CaseSummary(ProviderCase providerCase, String name, @Nullable Sentence sentence, RiskPicture risk,
      @Nullable CurrentTier tier, @Nullable AllocationDecision decision, @Nullable LocalDate firstAppointment,
      CaseRisk caseRisk, @Nullable PractitionerAllocation current, @Nullable StaffMember currentPractitioner) {}

  /**
   * A practitioner who might take the case. {@code figure} is their stored workload figure and
   * {@code after} their capacity with this case added; both null when no figure has been worked out yet.
   */
  public record Candidate(StaffMember member, @Nullable StaffWorkload figure, @Nullable CapacityAfter after,
      int allocatedRecently, Eligibility eligibility, boolean holdsThisCase) {

    public boolean overNow() {
      return figure != null && figure.capacity().over();
    }

    public boolean overAfter() {
      return after != null && after.after().over();
    }
  }

  /** The team chosen, the provider's teams to choose from, and the team's candidates by surname. */
  public record Candidates(String teamCode, List<TeamRecord> teams, List<Candidate> candidates) {}

  /**
   * A case just given to a practitioner, and their capacity with it: from their stored figure once the
   * figure has been worked out again since ({@code refreshed}), or until then worked out here as the
   * figure before plus this case ({@code added}). Null capacity when they have no figure at all.
   */
  public record Allocated(PractitionerAllocation allocation, ProviderCase providerCase, String name,
      StaffMember practitioner, @Nullable Capacity capacity, boolean refreshed, @Nullable CaseScore added) {}

  private final PractitionerAllocations allocations;
  private final CaseloadRepository repository;
  private final People people;
  private final Sentences sentences;
  private final RiskPictures risk;
  private final Tiers tiers;
  private final Allocations providerAllocations;
  private final Handovers handovers;
  private final Workforce workforce;
  private final Teams teams;
  private final Workloads workloads;
  private final WorkloadConfigurations configurations;
  private final CurrentUser currentUser;
  private final Clock clock;

  PractitionerCandidates(PractitionerAllocations allocations, CaseloadRepository repository, People people,
      Sentences sentences, RiskPictures risk, Tiers tiers, Allocations providerAllocations, Handovers handovers,
      Workforce workforce, Teams teams, Workloads workloads, WorkloadConfigurations configurations,
      CurrentUser currentUser, Clock clock) {
    this.allocations = allocations;
    this.repository = repository;
    this.people = people;
    this.sentences = sentences;
    this.risk = risk;
    this.tiers = tiers;
    this.providerAllocations = providerAllocations;
    this.handovers = handovers;
    this.workforce = workforce;
    this.teams = teams;
    this.workloads = workloads;
    this.configurations = configurations;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The case, if the user may see it; each part read is audited by the module that holds it. */
  @Transactional
  public Optional<CaseSummary> summary(long caseId) {
    Optional<ProviderCase> found = allocations.providerCase(caseId);
    Optional<String> name = found.flatMap(c -> viewedName(c.crn()));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ProviderCase c = found.get();
    RiskPicture picture = risk.of(c.crn());
    Optional<CurrentTier> tier = tiers.current(c.crn());
    Optional<PractitionerAllocation> current = repository.current(c.id());
    return Optional.of(new CaseSummary(c, name.get(),
        sentences.sentence(c.sentenceId()).orElse(null), picture, tier.orElse(null),
        providerAllocations.decision(c.decisionId()).orElse(null),
        handovers.firstAppointments(List.of(c.decisionId())).get(c.decisionId()), CaseRisks.from(picture, tier),
        current.orElse(null), current.flatMap(a -> workforce.staffMember(a.staffCode())).orElse(null)));
  }

  /**
   * The case-holding practitioners of a team of the case's provider working today: the team asked for,
   * or else the user's own, or else the provider's first; within the delivery unit asked for, if any.
   */
  @Transactional(readOnly = true)
  public Candidates candidates(CaseSummary summary, @Nullable String teamCode, @Nullable String deliveryUnitCode) {
    ProviderCase c = summary.providerCase();
    List<TeamRecord> choices = teams.list(Set.of(c.providerCode()));
    String team = chosenTeam(choices, teamCode, deliveryUnitCode);
    LocalDate today = LocalDate.now(clock);
    List<StaffMember> members = team == null ? List.of() : workforce.teamMembersWorkingOn(team, today).stream()
        .filter(m -> PractitionerAllocations.CASE_HOLDING_GRADES.contains(m.grade())).toList();
    List<String> codes = members.stream().map(StaffMember::code).toList();
    Map<String, StaffWorkload> figures = workloads.figures(codes);
    Map<String, Integer> recent = repository.allocatedSince(codes, clock.instant().minus(RECENT));
    WorkloadConfiguration configuration = configurations.inForceToday();
    WorkloadCase next = held(c, today);
    String holder = summary.current() == null ? null : summary.current().staffCode();
    List<Candidate> candidates = members.stream().map(m -> {
      StaffWorkload figure = figures.get(m.code());
      return new Candidate(m, figure,
          figure == null ? null : WorkloadCalculator.capacityAfter(configuration.points(), figure.capacity(), next),
          recent.getOrDefault(m.code(), 0), configuration.gradeRules().check(m.grade().name(), summary.caseRisk()),
          m.code().equals(holder));
    }).toList();
    return new Candidates(team == null ? "" : team, choices, candidates);
  }

  /** The allocation and the practitioner's capacity now, if the user may see the case. */
  @Transactional
  public Optional<Allocated> allocated(long allocationId) {
    Optional<PractitionerAllocation> found = allocations.allocation(allocationId);
    Optional<String> name = found.flatMap(a -> viewedName(a.crn()));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    PractitionerAllocation allocation = found.get();
    ProviderCase c = repository.providerCase(allocation.caseId()).orElseThrow();
    StaffMember practitioner = workforce.staffMember(allocation.staffCode()).orElseThrow();
    StaffWorkload figure = workloads.figures(List.of(practitioner.code())).get(practitioner.code());
    if (figure == null || !figure.calculatedAt().isBefore(allocation.allocatedAt())) {
      return Optional.of(new Allocated(allocation, c, name.get(), practitioner, figure == null ? null : figure.capacity(),
          figure != null, null));
    }
    CapacityAfter after = WorkloadCalculator.capacityAfter(configurations.inForceToday().points(), figure.capacity(),
        held(c, LocalDate.now(clock)));
    return Optional.of(new Allocated(allocation, c, name.get(), practitioner, after.after(), false, after.added()));
  }

  /** The person's name, if the user may see the record; the view is audited. */
  private Optional<String> viewedName(String crn) {
    return people.view(crn) instanceof Lookup.Found found ? Optional.of(found.person().details().fullName())
        : Optional.empty();
  }

  /** The case as it counts on a practitioner's workload on the day. */
  private static WorkloadCase held(ProviderCase c, LocalDate day) {
    return new WorkloadCase(c.crn(), c.tier(), c.caseTypeOn(day));
  }

  private @Nullable String chosenTeam(List<TeamRecord> choices, @Nullable String asked, @Nullable String unit) {
    List<TeamRecord> within = choices.stream().filter(t -> t.team().deliveryUnitCode().equals(unit)).toList();
    if (within.isEmpty()) {
      within = choices;
    }
    String own = currentUser.signedIn().map(SignedInUser::staffCode).flatMap(workforce::staffMember)
        .map(StaffMember::teamCode).orElse(null);
    for (String wanted : new String[] {asked, own}) {
      if (wanted != null && within.stream().anyMatch(t -> t.code().equals(wanted))) {
        return wanted;
      }
    }
    return within.isEmpty() ? null : within.get(0).code();
  }
}
