package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.DecisionStatus;
import org.probatio.allocation.Handovers;
import org.probatio.allocation.LikelyMisallocation;
import org.probatio.allocation.Misallocations;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.UnifiedService2021;
import org.probatio.demo.CaseHistory.Outcome;
import org.probatio.insights.CourtToAllocation;
import org.probatio.insights.DashboardFilter;
import org.probatio.insights.Figure;
import org.probatio.insights.Measure;
import org.probatio.people.PeopleBulkLoad;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Reduction;
import org.probatio.workforce.ReductionHours;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.ReductionToLoad;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.probatio.workload.PractitionerAllocation;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.StaffWorkload;
import org.probatio.workload.Workloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A small unified region loaded through the bulk loads, beside the test organisation: its decisions
 * are stored under UNIFIED-2021 with their tiers, at the region itself, and replay; nothing is handed
 * over and nothing is a likely misallocation, on the dashboard too. Its staff's reductions count against
 * their hours, and the practitioners of its cases are on their workload figures.
 */
@IntegrationTest
class UnifiedRegionLoadIntegrationTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final RegionGenerator REGION = new RegionGenerator(300, 11, AS_OF, RegionModel.UNIFIED_SERVICE);
  static final String REGION_CODE = REGION.courtProviderCode();
  static final String LOADED_BY = "unified-region-test";

  /** Loaded once for the test JVM: each person's history, by the CRN they were given. */
  static Map<String, CaseHistory> histories;

  @Autowired ApplicationContext context;
  @Autowired Workforce workforce;
  @Autowired PeopleBulkLoad people;
  @Autowired CaseHistoryLoad load;
  @Autowired Allocations allocations;
  @Autowired Misallocations misallocations;
  @Autowired Handovers handovers;
  @Autowired CourtToAllocation dashboard;
  @Autowired Reductions reductions;
  @Autowired PractitionerAllocations practitioners;
  @Autowired Workloads workloads;
  @Autowired Clock clock;

  @BeforeEach
  void loaded() {
    TestOrganisation.ensureLoaded(context);
    synchronized (UnifiedRegionLoadIntegrationTest.class) {
      if (histories == null) {
        workforce.load(REGION.organisation());
        reductions.load(REGION.reductions(), LOADED_BY);
        List<String> given = new ArrayList<>(Collections.nCopies(REGION.peopleCount(), ""));
        people.load(REGION.people(), LOADED_BY, (person, crn) -> given.set(person.index(), crn.value()));
        load.load(REGION, given, LOADED_BY);
        histories = REGION.people().collect(Collectors.toMap(p -> given.get(p.index()),
            p -> REGION.caseHistories().history(p, given.get(p.index()), KnownIds.NONE)));
      }
    }
  }

  <T> T as(TestUser user, Supplier<T> work) {
    return TestOrganisation.as(context, user, work);
  }

  @Test
  void the_policy_in_force_and_so_the_first_demo_region_is_tr_2014_unless_configured() {
    assertThat(allocations.policyVersion()).isEqualTo("TR-2014").isEqualTo(RegionModel.DEFAULT.policyVersion());
  }

  @Test
  void every_decision_is_stored_under_unified_2021_with_its_tier_at_the_region_and_replays() {
    List<String> decided = histories.entrySet().stream().filter(e -> e.getValue().outcome() == Outcome.DECIDED)
        .map(Map.Entry::getKey).toList();
    assertThat(decided).hasSizeGreaterThan(150);
    for (String crn : decided) {
      List<AllocationDecision> stored = as(TestUser.INSPECTOR, () -> allocations.decisions(crn)).orElseThrow();
      assertThat(stored).singleElement().satisfies(decision -> {
        assertThat(decision.policyVersion()).isEqualTo(UnifiedService2021.VERSION);
        assertThat(decision.status()).isEqualTo(DecisionStatus.FINAL);
        assertThat(decision.policyProvider()).isEqualTo(Provider.PROBATION_SERVICE);
        assertThat(decision.provider()).isEqualTo(Provider.PROBATION_SERVICE);
        assertThat(decision.providerCode()).isEqualTo(REGION_CODE);
        assertThat(decision.tier()).isEqualTo(histories.get(crn).policy().tier().code());
        assertThat(allocations.replays(decision)).as("decision on %s replays", crn).isTrue();
      });
      assertThat(as(TestUser.INSPECTOR, () -> handovers.forPerson(crn)).orElseThrow()).isEmpty();
    }
  }

  @Test
  void nothing_in_the_region_is_a_likely_misallocation() {
    List<String> found = as(TestUser.INSPECTOR, () -> misallocations.between(AS_OF.minusYears(3), AS_OF)).stream()
        .map(LikelyMisallocation::decision).map(AllocationDecision::crn).toList();

    assertThat(found).doesNotContainAnyElementsOf(histories.keySet());
  }

  @Test
  void the_dashboard_for_the_region_counts_its_allocations_with_no_handovers_and_no_misallocations() {
    DashboardFilter lastYear = new DashboardFilter(AS_OF.minusYears(1), AS_OF.minusDays(1), REGION_CODE, null);
    Map<Measure, Figure> figures = as(TestUser.INSPECTOR, () -> dashboard.figures(lastYear)).stream()
        .collect(Collectors.toMap(Figure::measure, Function.identity()));

    assertThat(figures.get(Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY).of()).isGreaterThan(50);
    assertThat(figures.get(Measure.REPORTS_ON_THE_DAY).of()).isGreaterThan(50);
    assertThat(figures.get(Measure.HANDOVERS_BEFORE_FIRST_APPOINTMENT).of()).isZero();
    assertThat(figures.get(Measure.LIKELY_MISALLOCATIONS).count()).isZero();
  }

  @Test
  void the_staffs_reductions_read_back_and_count_against_their_hours() {
    Map<String, StaffMember> staff = REGION.organisation().staff().stream()
        .collect(Collectors.toMap(StaffMember::code, Function.identity()));
    Map<String, List<ReductionToLoad>> generated = REGION.reductions().stream()
        .collect(Collectors.groupingBy(ReductionToLoad::staffCode));
    assertThat(generated).isNotEmpty();
    generated.forEach((code, loaded) -> {
      List<Reduction> stored = reductions.of(code);
      assertThat(stored).extracting(Reduction::category, Reduction::startDate, Reduction::endDate)
          .containsExactlyInAnyOrderElementsOf(loaded.stream()
              .map(r -> org.assertj.core.groups.Tuple.tuple(r.category(), r.startDate(), r.endDate())).toList());
      assertThat(stored).allSatisfy(r -> assertThat(r.createdBy()).isEqualTo(LOADED_BY));
      ReductionHours hours = reductions.hoursOn(code, AS_OF).orElseThrow();
      BigDecimal expected = loaded.stream().filter(r -> r.inForceOn(AS_OF))
          .map(r -> r.kind() == ReductionKind.HOURS ? r.amount()
              : staff.get(code).contractedHours().multiply(r.amount()).movePointLeft(2))
          .reduce(BigDecimal.ZERO, BigDecimal::add).min(staff.get(code).contractedHours());
      assertThat(hours.hours()).isEqualByComparingTo(expected);
    });
  }

  @Test
  void every_case_the_region_took_is_held_by_its_practitioners_and_counted_on_their_workload_figures() {
    Map<String, Long> current = new HashMap<>();
    LocalDate today = LocalDate.now(clock);
    histories.forEach((crn, h) -> {
      if (h.outcome() != Outcome.DECIDED) {
        return;
      }
      List<PractitionerAllocation> held = as(TestUser.INSPECTOR, () -> practitioners.practitionersOf(crn));
      assertThat(held).allSatisfy(a -> assertThat(a.staffCode()).startsWith(REGION_CODE));
      held.stream().filter(PractitionerAllocation::current).findFirst()
          .filter(a -> !h.court().sentence().sentenceDate().plusMonths(h.court().sentence().lengthMonths()).isBefore(today))
          .ifPresent(a -> current.merge(a.staffCode(), 1L, Long::sum));
    });
    assertThat(current).isNotEmpty();

    workloads.refresh(current.keySet());

    Map<String, StaffWorkload> figures = workloads.figures(current.keySet());
    current.forEach((code, cases) -> assertThat(figures.get(code).cases()).as(code).isEqualTo(cases.intValue()));
  }
}
