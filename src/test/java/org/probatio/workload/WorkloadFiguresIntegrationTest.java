package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.AllocationFixtures;
import org.probatio.risk.RoshLevel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.WorkloadCalculator;
import org.probatio.workload.rules.WorkloadCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class WorkloadFiguresIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(15);

  @Autowired ApplicationContext context;
  @Autowired Workloads workloads;
  @Autowired WorkloadConfigurations configurations;
  @Autowired PractitionerAllocations practitioners;
  @Autowired Reductions reductions;
  @Autowired JdbcClient jdbc;

  StaffFixtures staff;
  String team;

  @BeforeEach
  void aTeam() {
    staff = new StaffFixtures(context);
    team = staff.team();
  }

  /** A new probation officer in the team on these hours, with a reduction of 1.8 hours a week, and their figure once it is refreshed. */
  StaffWorkload reducedOfficer(String contractedHours) {
    String code = staff.member(team, contractedHours);
    StaffFixtures.saved(staff.asAdmin(() -> reductions.add(code,
        StaffFixtures.reduction(ReductionKind.HOURS, "1.8", LocalDate.now().minusDays(7), null), null)));
    return await().atMost(PATIENCE).until(() -> workloads.figures(List.of(code)).get(code),
        figure -> figure != null && figure.reductionHours().compareTo(new BigDecimal("1.8")) == 0);
  }

  @Test
  void available_points_follow_contracted_hours_less_reductions_as_in_the_reference() {
    StaffWorkload fullTime = reducedOfficer("37");
    StaffWorkload partTime = reducedOfficer("30");

    assertThat(fullTime.availablePoints()).isEqualTo(2070);
    assertThat(partTime.availablePoints()).isEqualTo(1658);
    assertThat(fullTime.points()).isZero();
    assertThat(fullTime.capacity().percent()).isEqualByComparingTo("0.0");
    assertThat(fullTime.teamCode()).isEqualTo(team);
    assertThat(fullTime.configurationId()).isEqualTo(configurations.inForceToday().id());
  }

  @Test
  void a_case_given_to_a_practitioner_moves_their_figure_by_its_points_and_the_breakdown_says_why() {
    StaffWorkload before = reducedOfficer("37");
    AllocationFixtures fixtures = new AllocationFixtures(context);
    String crn = fixtures.person();
    fixtures.screened(crn, RoshLevel.HIGH);
    fixtures.allocated(fixtures.sentenced(crn));
    ProviderCase held = await().atMost(PATIENCE).until(() -> jdbc.sql("select id from workload_case where crn = ?")
        .param(crn).query(Long.class).optional().flatMap(practitioners::providerCase).orElse(null), Objects::nonNull);

    PractitionerOutcome outcome = as(context, TestUser.SENIOR, () -> practitioners.allocate(held.id(),
        new PractitionerChoice(before.staffCode(), "Room on her caseload", false, null, null, null, null, null,
            UUID.randomUUID().toString())));
    assertThat(outcome).isInstanceOf(PractitionerOutcome.Allocated.class);

    StaffWorkload after = await().atMost(PATIENCE).until(() -> workloads.figures(List.of(before.staffCode()))
        .get(before.staffCode()), figure -> figure.cases() == 1);
    int casePoints = WorkloadCalculator.score(configurations.inForceToday().points(),
        new WorkloadCase(crn, held.tier(), CaseType.COMMUNITY)).points();
    assertThat(held.tier()).as("the case is tiered").isNotNull();
    assertThat(after.points()).isEqualTo(casePoints).isPositive();
    assertThat(after.community()).isOne();
    assertThat(after.custody()).isZero();
    assertThat(after.casesByTier()).isEqualTo(Map.of(held.tier(), 1));
    assertThat(after.capacity().percent()).isEqualByComparingTo(
        new BigDecimal(casePoints * 100).divide(new BigDecimal(2070), 1, java.math.RoundingMode.HALF_UP));

    WorkloadBreakdown breakdown = as(context, TestUser.SENIOR, () -> workloads.breakdown(before.staffCode())).orElseThrow();
    assertThat(breakdown.workload().cases()).singleElement().satisfies(score -> {
      assertThat(score.crn()).isEqualTo(crn);
      assertThat(score.points()).isEqualTo(casePoints);
    });
    assertThat(breakdown.reductions().hours()).isEqualByComparingTo("1.8");
    assertThat(breakdown.workload().explanation().get(0)).contains("version " + configurations.inForceToday().id());
  }

  @Test
  void recomputing_everyone_gives_the_figures_kept_current_and_a_later_points_table_leaves_todays_figures_alone() {
    StaffWorkload kept = reducedOfficer("37");
    long inForce = configurations.inForceToday().id();
    WorkloadConfigurations.Outcome made = as(context, TestUser.ADMIN, () -> configurations.make(NewConfiguration.from(
        configurations.inForceToday(), LocalDate.of(2098, 3, 2), "A later table")));
    assertThat(made).isInstanceOf(WorkloadConfigurations.Outcome.Made.class);

    int figures = workloads.recomputeEveryone(done -> { });

    StaffWorkload recomputed = workloads.figures(List.of(kept.staffCode())).get(kept.staffCode());
    assertThat(figures).isGreaterThanOrEqualTo(2);
    assertThat(recomputed.availablePoints()).isEqualTo(kept.availablePoints());
    assertThat(recomputed.points()).isEqualTo(kept.points());
    assertThat(recomputed.configurationId()).isEqualTo(inForce);
    assertThat(jdbc.sql("select configuration_id from workload_figure_history where staff_code = ? and calculated_on = ?")
        .params(kept.staffCode(), LocalDate.now()).query(Long.class).single()).isEqualTo(inForce);
  }

  @Test
  void a_member_of_staff_who_leaves_loses_their_current_figure_and_only_their_own_or_a_managers_look_is_allowed() {
    StaffWorkload figure = reducedOfficer("37");

    assertThat(as(context, TestUser.PRACTITIONER, () -> workloads.breakdown(figure.staffCode()))).as("a colleague")
        .isEmpty();
    assertThat(as(context, TestUser.SENIOR, () -> workloads.breakdown(figure.staffCode()))).isPresent();
    assertThat(as(context, TestUser.PRACTITIONER, () -> workloads.breakdown(TestUser.PRACTITIONER.staffCode)))
        .as("their own").isPresent();

    jdbc.sql("update workforce_staff set leaving_date = ? where code = ?").params(LocalDate.now().minusDays(1),
        figure.staffCode()).update();
    workloads.refresh(List.of(figure.staffCode()));

    assertThat(workloads.figures(List.of(figure.staffCode()))).isEmpty();
  }
}
