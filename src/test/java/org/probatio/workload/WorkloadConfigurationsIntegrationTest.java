package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.workload.WorkloadConfigurations.Outcome;
import org.probatio.workload.rules.Capacity;
import org.probatio.workload.rules.CaseRisk;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.GradeCriterion;
import org.probatio.workload.rules.GradeRules;
import org.probatio.workload.rules.PointsTable;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.Rosh;
import org.probatio.workload.rules.TierCode;
import org.probatio.workload.rules.WorkloadCalculator;
import org.probatio.workload.rules.WorkloadCase;
import org.probatio.workload.rules.WorkloadInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The effective-dated workload configuration on the real database: the reference version, new versions
 * from a later date, history kept, withdrawal, refusals, the audit trail and the event. The database is
 * shared, so versions take effect in years from 2090 that no other test uses, and are withdrawn after.
 */
@IntegrationTest
class WorkloadConfigurationsIntegrationTest {

  static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  static final TierCode B3 = TierCode.of("B3");

  @Autowired ApplicationContext context;
  @Autowired WorkloadConfigurations configurations;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired WorkloadConfigurationEventsListener listener;

  WorkloadConfigurationFixtures fixtures;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
    fixtures = new WorkloadConfigurationFixtures(context);
  }

  @AfterEach
  void withdrawWhatWasMade() {
    fixtures.withdrawAll();
  }

  static NewConfiguration withB3Custody(NewConfiguration proposal, int points) {
    return new NewConfiguration(proposal.effectiveFrom(), proposal.note(), proposal.cases().with("B3", CaseType.CUSTODY,
        points), proposal.reports(), proposal.nominalTarget(), proposal.defaultHours(), proposal.gradeRules());
  }

  static WorkloadInput po(List<WorkloadCase> cases) {
    return new WorkloadInput("PO", new BigDecimal("37.0"), new BigDecimal("1.8"), cases, List.of());
  }

  long seeded() {
    return configurations.inForceOn(FIRST).orElseThrow().id();
  }

  @Test
  void the_reference_figures_are_in_force_from_1_january_2000_made_by_the_system() {
    WorkloadConfiguration today = configurations.inForceToday();

    assertThat(today.effectiveFrom()).isEqualTo(FIRST);
    assertThat(today.id()).isEqualTo(seeded());
    assertThat(today.version().madeBy()).isEqualTo("system");
    assertThat(today.version().status()).isEqualTo(VersionStatus.IN_FORCE);
    assertThat(today.points()).isEqualTo(PointsTable.reference(today.id(), FIRST));
    assertThat(today.gradeRules()).isEqualTo(GradeRules.REFERENCE);
    assertThat(configurations.inForceOn(FIRST.minusDays(1))).isEmpty();
    assertThat(configurations.history()).filteredOn(version -> version.id() == today.id()).singleElement()
        .satisfies(version -> assertThat(version.status()).isEqualTo(VersionStatus.IN_FORCE));

    Capacity now = new Capacity(500, 1000);
    assertThat(WorkloadCalculator.capacityAfter(today.points(), now, new WorkloadCase("X1", "B3", CaseType.CUSTODY))
        .after().percent()).hasToString("55.9");
    assertThat(WorkloadCalculator.calculate(today.points(), po(List.of())).availablePoints()).isEqualTo(2070);
    assertThat(today.gradeRules().check("PSO", new CaseRisk(Rosh.HIGH, null, null, Map.of())).eligible()).isFalse();
  }

  @Test
  void a_version_from_a_future_date_leaves_todays_answer_alone_and_is_in_force_from_its_date() {
    LocalDate from = LocalDate.of(2090, 4, 1);
    WorkloadConfiguration made = fixtures.made(from, proposal -> withB3Custody(proposal, 60));

    assertThat(made.effectiveFrom()).isEqualTo(from);
    assertThat(made.version().status()).isEqualTo(VersionStatus.FUTURE);
    assertThat(made.version().madeBy()).isEqualTo("admin");
    assertThat(configurations.inForceToday().points().pointsFor(B3, CaseType.CUSTODY)).isEqualTo(59);
    assertThat(configurations.inForceOn(from.minusDays(1)).orElseThrow().id()).isEqualTo(seeded());
    WorkloadConfiguration onItsDate = configurations.inForceOn(from).orElseThrow();
    assertThat(onItsDate.id()).isEqualTo(made.id());
    assertThat(onItsDate.points().pointsFor(B3, CaseType.CUSTODY)).isEqualTo(60);
    assertThat(configurations.inForceOn(from.plusDays(1)).orElseThrow().id()).isEqualTo(made.id());
    assertThat(WorkloadCalculator.capacityAfter(onItsDate.points(), new Capacity(500, 1000),
        new WorkloadCase("X1", "B3", CaseType.CUSTODY)).after().percent()).hasToString("56.0");
    assertThat(configurations.history()).filteredOn(version -> version.id() == made.id()).singleElement()
        .satisfies(version -> assertThat(version.status()).isEqualTo(VersionStatus.FUTURE));
  }

  @Test
  void a_later_version_does_not_rewrite_a_past_figure_which_is_explained_with_the_table_in_force_then() {
    LocalDate past = LocalDate.of(2020, 6, 1);
    List<WorkloadCase> cases = List.of(new WorkloadCase("X1", "A3", CaseType.COMMUNITY),
        new WorkloadCase("X2", "B3", CaseType.CUSTODY));
    var before = WorkloadCalculator.calculate(configurations.inForceOn(past).orElseThrow().points(), po(cases));

    LocalDate from = LocalDate.of(2091, 1, 1);
    WorkloadConfiguration made = fixtures.made(from, proposal -> new NewConfiguration(from, "Lower target",
        proposal.cases().with("A3", CaseType.COMMUNITY, 210), proposal.reports(), 2000, proposal.defaultHours(),
        proposal.gradeRules()));

    var then = WorkloadCalculator.calculate(configurations.inForceOn(past).orElseThrow().points(), po(cases));
    assertThat(then).isEqualTo(before);
    assertThat(then.configurationVersion()).isEqualTo(seeded());
    assertThat(then.points()).isEqualTo(206 + 59);
    assertThat(then.availablePoints()).isEqualTo(2070);
    assertThat(then.explanation().get(0)).endsWith("with the points table version " + seeded()
        + " in force from 1 January 2000");

    var later = WorkloadCalculator.calculate(configurations.inForceOn(from).orElseThrow().points(), po(cases));
    assertThat(later.configurationVersion()).isEqualTo(made.id());
    assertThat(later.points()).isEqualTo(210 + 59);
    assertThat(later.availablePoints()).isEqualTo(1902); // floor(2000 x 35.2 / 37)
    assertThat(configurations.version(seeded()).orElseThrow().points()).isEqualTo(PointsTable.reference(seeded(), FIRST));
  }

  @Test
  void the_database_refuses_to_change_or_delete_a_version_or_its_figures() {
    long seeded = seeded();
    assertThatThrownBy(() -> jdbc.sql("update workload_case_points set points = 1 where configuration_id = ?")
        .param(seeded).update()).rootCause().hasMessageContaining("is history");
    assertThatThrownBy(() -> jdbc.sql("update workload_configuration set nominal_target = 1 where id = ?")
        .param(seeded).update()).rootCause().hasMessageContaining("is history");
    assertThatThrownBy(() -> jdbc.sql("update workload_configuration set note = 'x', withdrawn_at = now(),"
        + " withdrawn_by = 'x' where id = ?").param(seeded).update()).rootCause().hasMessageContaining("is history");
    assertThatThrownBy(() -> jdbc.sql("delete from workload_grade_hours where configuration_id = ?")
        .param(seeded).update()).rootCause().hasMessageContaining("is history");
    assertThat(configurations.inForceToday().points()).isEqualTo(PointsTable.reference(seeded, FIRST));
  }

  @Test
  void a_version_not_yet_in_force_can_be_withdrawn_and_its_date_used_again() {
    LocalDate from = LocalDate.of(2092, 5, 1);
    WorkloadConfiguration made = fixtures.made(from, proposal -> withB3Custody(proposal, 61));

    Outcome withdrawn = fixtures.asAdmin(() -> configurations.withdraw(made.id()));

    assertThat(withdrawn).isInstanceOfSatisfying(Outcome.Withdrawn.class, outcome -> {
      assertThat(outcome.version().status()).isEqualTo(VersionStatus.WITHDRAWN);
      assertThat(outcome.version().withdrawnBy()).isEqualTo("admin");
    });
    assertThat(configurations.inForceOn(from).orElseThrow().id()).isEqualTo(seeded());
    assertThat(configurations.history()).filteredOn(version -> version.id() == made.id()).singleElement()
        .satisfies(version -> assertThat(version.status()).isEqualTo(VersionStatus.WITHDRAWN));
    assertThat(fixtures.asAdmin(() -> configurations.withdraw(made.id()))).isInstanceOf(Outcome.NotFound.class);
    AuditEvent event = audit.history("workload-configuration", String.valueOf(made.id()), 5).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(event.username()).isEqualTo("admin");
    assertThat(event.details()).containsEntry("withdrawn", true).containsEntry("effectiveFrom", "2092-05-01");

    WorkloadConfiguration again = fixtures.made(from, proposal -> withB3Custody(proposal, 62));
    assertThat(configurations.inForceOn(from).orElseThrow().id()).isEqualTo(again.id());
  }

  @Test
  void a_version_that_has_taken_effect_cannot_be_withdrawn() {
    assertThat(fixtures.asAdmin(() -> configurations.withdraw(seeded()))).isEqualTo(new Outcome.Refused(Map.of(
        "effectiveFrom", "Version " + seeded() + " took effect on 1 January 2000 and cannot be withdrawn: workload"
            + " figures have been worked out with it. Make a new version instead")));
    assertThat(fixtures.asAdmin(() -> configurations.withdraw(999_999))).isInstanceOf(Outcome.NotFound.class);
    assertThat(configurations.inForceToday().id()).isEqualTo(seeded());
  }

  @Test
  void a_version_may_take_effect_today_but_not_on_a_past_date() {
    LocalDate today = LocalDate.now();
    assertThat(configurations.check(fixtures.proposal(today, "From today")).problems()).isEmpty();
    assertThat(refused(fixtures.proposal(today.minusDays(1), "Too late"))).containsExactly(Map.entry("effectiveFrom",
        "The date the version takes effect must be today or later: figures already worked out are never changed"));
  }

  @Test
  void a_second_version_on_the_same_date_is_refused() {
    LocalDate from = LocalDate.of(2093, 5, 1);
    fixtures.made(from, proposal -> proposal);

    assertThat(refused(fixtures.proposal(from, "Twice"))).containsExactly(Map.entry("effectiveFrom",
        "A version already takes effect on 1 May 2093: choose another date, or withdraw that version first"));
  }

  @Test
  void values_out_of_range_are_refused_each_naming_its_field_and_nothing_is_stored() {
    int versions = configurations.history().size();
    NewConfiguration start = fixtures.proposal(LocalDate.of(2094, 1, 1), " ");
    NewConfiguration bad = new NewConfiguration(start.effectiveFrom(), start.note(),
        start.cases().with("A3", CaseType.COMMUNITY, 1000).with("S", CaseType.LICENCE, -1),
        PointsTable.reports(138, -1, 120), 0,
        Map.of("PO", new BigDecimal("61"), "PQIP", new BigDecimal("37"), "PSO", new BigDecimal("0.5"), "BOSS",
            new BigDecimal("37")),
        new GradeRules(Set.of("PSO", "CHIEF"), EnumSet.allOf(GradeCriterion.class), Set.of("ADVP", "XXXX")));

    Map<String, String> problems = refused(bad);
    // the figures' own messages are PointsTableTest's; these are the service's
    assertThat(problems).containsOnlyKeys("note", "points-A3-COMMUNITY", "points-S-LICENCE", "report-FAST", "target",
        "hours-PO", "hours-PSO", "hours", "restrictedGrades", "registerCodes");
    assertThat(problems).containsEntry("note", "Enter a note saying why the configuration is changing")
        .containsEntry("hours", "BOSS is not a grade")
        .containsEntry("restrictedGrades", "CHIEF is not a grade")
        .containsEntry("registerCodes", "XXXX is not a register code: use codes such as ADVP or RCPR");
    NewConfiguration noCodes = new NewConfiguration(start.effectiveFrom(), "No codes", start.cases(), start.reports(),
        start.nominalTarget(), start.defaultHours(), new GradeRules(Set.of("PSO"), EnumSet.allOf(GradeCriterion.class),
        Set.of()));
    assertThat(refused(noCodes)).containsExactly(Map.entry("registerCodes",
        "Enter the register codes the registration rule looks for, or switch that rule off"));
    assertThat(configurations.history()).hasSize(versions);
  }

  @Test
  void a_new_version_is_audited_with_what_it_changes_and_announced_through_the_outbox() {
    LocalDate from = LocalDate.of(2095, 2, 1);
    WorkloadConfiguration made = fixtures.made(from, proposal -> withB3Custody(proposal, 60));

    AuditEvent event = audit.history("workload-configuration", String.valueOf(made.id()), 5).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.CREATE);
    assertThat(event.username()).isEqualTo("admin");
    assertThat(event.details()).containsEntry("effectiveFrom", "2095-02-01").containsEntry("note", "Test")
        .containsEntry("replaces", (int) seeded())
        .containsEntry("changes", List.of("Points for B3 custody: 59 to 60"));
    WorkloadConfigurationChanged announced = new WorkloadConfigurationChanged(made.id(), from, false);
    await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(announced));
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
            select count(*) from event_publication
            where event_type = ? and serialized_event like ? and completion_date is not null
              and listener_id like '%WorkloadConfigurationEventsListener%'""")
        .params(WorkloadConfigurationChanged.class.getName(), "%\"versionId\":" + made.id() + ",%")
        .query(Integer.class).single() == 1);
  }

  @Test
  void the_check_lists_what_a_version_changes_from_the_one_it_replaces_on_its_date() {
    LocalDate first = LocalDate.of(2096, 1, 1);
    WorkloadConfiguration earlier = fixtures.made(first, proposal -> withB3Custody(proposal, 60));

    var proposal = configurations.check(new NewConfiguration(LocalDate.of(2096, 6, 1), "Later", earlier.points().cases(),
        PointsTable.reports(140, 65, 120), 2176, PointsTable.REFERENCE_HOURS, GradeRules.REFERENCE));

    assertThat(proposal.allowed()).isTrue();
    assertThat(proposal.replaces()).isNotNull();
    assertThat(proposal.replaces().id()).isEqualTo(earlier.id());
    assertThat(proposal.changes()).extracting(Object::toString)
        .containsExactly("Points for a standard pre-sentence report: 138 to 140");
    assertThat(ReportKind.ORAL.countsAs()).isEqualTo(ReportKind.FAST);
  }

  private Map<String, String> refused(NewConfiguration proposal) {
    Outcome outcome = fixtures.asAdmin(() -> configurations.make(proposal));
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused) outcome).problems();
  }
}
