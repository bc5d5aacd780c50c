package org.probatio.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.workforce.StaffFixtures.reduction;
import static org.probatio.workforce.StaffFixtures.refused;
import static org.probatio.workforce.StaffFixtures.saved;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reductions of a member of staff's workload: from the presets or not, checked field by field, changed,
 * ended and removed at the version seen, audited, announced through the outbox, and counted on a day.
 */
@IntegrationTest
class ReductionsIntegrationTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired Reductions reductions;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired WorkforceEventsListener listener;

  StaffFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new StaffFixtures(context);
  }

  SaveOutcome<Long> add(String staffCode, ReductionDetails details) {
    return fixtures.asAdmin(() -> reductions.add(staffCode, details, null));
  }

  /** Whether the event publication registry holds a completed publication of this staff member's reductions changing. */
  boolean throughTheOutbox(String staffCode) {
    return jdbc.sql("""
            select count(*) from event_publication
            where event_type = ? and serialized_event like ? and completion_date is not null""")
        .params(ReductionsChanged.class.getName(), "%\"" + staffCode + "\"%").query(Integer.class).single() > 0;
  }

  @Test
  void a_trainee_officer_preset_takes_80_percent_for_6_months_and_is_audited_and_announced_through_the_outbox() {
    String trainee = fixtures.member(fixtures.team(), "37");
    LocalDate start = LocalDate.of(2026, 1, 5);

    long id = saved(add(trainee, new ReductionDetails(ReductionCategory.TRAINEE_OFFICER, null, null,
        " First months of the PQiP ", start, null)));

    Reduction added = reductions.find(trainee, id).orElseThrow();
    assertThat(added.kind()).isEqualTo(ReductionKind.PERCENT);
    assertThat(added.amount()).isEqualByComparingTo("80");
    assertThat(added.endDate()).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(added.reason()).isEqualTo("First months of the PQiP");
    assertThat(added.createdBy()).isEqualTo("admin");
    assertThat(reductions.hoursOn(trainee, LocalDate.of(2026, 7, 4))).get()
        .satisfies(h -> assertThat(h.hours()).isEqualByComparingTo("29.6"));
    assertThat(reductions.hoursOn(trainee, LocalDate.of(2026, 7, 5))).get()
        .satisfies(h -> assertThat(h.hours()).isEqualByComparingTo("0"));
    AuditEvent created = audit.history("reduction", String.valueOf(id), 5).get(0);
    assertThat(created.action()).isEqualTo(AuditAction.CREATE);
    assertThat(created.details()).containsEntry("staffCode", trainee).containsEntry("category", "TRAINEE_OFFICER")
        .containsEntry("kind", "PERCENT").containsEntry("amount", "80").containsEntry("endDate", "2026-07-04");
    await().atMost(Duration.ofSeconds(10)).until(() -> throughTheOutbox(trainee));
    assertThat(listener.received()).contains(new ReductionsChanged(trainee));
  }

  @Test
  void a_preset_takes_the_figures_typed_over_its_own_and_an_end_date_typed_over_its_length() {
    String officer = fixtures.member(fixtures.team(), "37");
    LocalDate start = TODAY.minusMonths(2);

    long id = saved(add(officer, new ReductionDetails(ReductionCategory.NEWLY_QUALIFIED, ReductionKind.HOURS,
        new BigDecimal("1.8"), "Newly qualified, agreed at 1.8 hours", start, start.plusMonths(12))));

    Reduction added = reductions.find(officer, id).orElseThrow();
    assertThat(added.size()).isEqualTo("1.8 hours a week");
    assertThat(added.endDate()).isEqualTo(start.plusMonths(12));
    // the worked example: available points would be floor(2176 × (37 − 1.8) / 37) = 2070
    assertThat(reductions.hoursOn(officer, TODAY).orElseThrow().hoursLeft()).isEqualByComparingTo("35.2");
    long sickness = saved(add(officer, new ReductionDetails(ReductionCategory.LONG_TERM_SICKNESS, null, null,
        "Signed off", TODAY, null)));
    assertThat(reductions.find(officer, sickness).orElseThrow().endDate()).isNull();
  }

  @Test
  void several_reductions_in_force_add_up_and_never_take_off_more_than_the_contracted_hours() {
    String member = fixtures.member(fixtures.team(), "30");
    add(member, reduction(ReductionKind.PERCENT, "80", TODAY.minusDays(10), null));
    add(member, reduction(ReductionKind.HOURS, "3", TODAY.minusDays(10), TODAY));
    add(member, reduction(ReductionKind.HOURS, "5", TODAY.plusDays(1), null));

    ReductionHours today = reductions.hoursOn(member, TODAY).orElseThrow();
    ReductionHours tomorrow = reductions.hoursOn(member, TODAY.plusDays(1)).orElseThrow();

    assertThat(today.hours()).isEqualByComparingTo("27");
    assertThat(today.counted()).hasSize(2);
    assertThat(tomorrow.hours()).isEqualByComparingTo("29");
    assertThat(reductions.hoursOn(member, TODAY.plusDays(1)).orElseThrow().capped()).isFalse();
    add(member, reduction(ReductionKind.HOURS, "4", TODAY, null));
    assertThat(reductions.hoursOn(member, TODAY.plusDays(1)).orElseThrow())
        .satisfies(h -> assertThat(h.hours()).isEqualByComparingTo("30"))
        .satisfies(h -> assertThat(h.capped()).isTrue());
    assertThat(reductions.hoursOn(TODAY.plusDays(1))).containsKey(member)
        .hasEntrySatisfying(member, h -> assertThat(h.hours()).isEqualByComparingTo("30"));
    assertThat(reductions.hoursOn("N01X999", TODAY)).isEmpty();
  }

  @Test
  void every_problem_with_a_reduction_is_named_by_its_field() {
    String member = fixtures.member(fixtures.team(), "30");
    assertThat(refused(add(member, new ReductionDetails(null, null, null, "", null, null)))).containsExactly(
        Map.entry("category", "Select the category of reduction"),
        Map.entry("kind", "Select whether the reduction is in hours a week or a percentage"),
        Map.entry("reason", "Enter the reason for the reduction"),
        Map.entry("startDate", "Enter the start date"));
    assertThat(refused(add(member, new ReductionDetails(ReductionCategory.UNION_DUTIES, ReductionKind.HOURS, null,
        "Branch secretary", TODAY, null)))).containsExactly(Map.entry("amount", "Enter the hours a week"));
    assertThat(refused(add(member, reduction(ReductionKind.HOURS, "30.1", TODAY, null))))
        .containsExactly(Map.entry("amount", "The hours a week must be between 0.1 and 30"));
    assertThat(refused(add(member, reduction(ReductionKind.HOURS, "0", TODAY, null))))
        .containsExactly(Map.entry("amount", "The hours a week must be between 0.1 and 30"));
    assertThat(refused(add(member, reduction(ReductionKind.HOURS, "2.25", TODAY, null))))
        .containsExactly(Map.entry("amount", "The hours a week must have no more than one decimal place, like 7.5"));
    assertThat(refused(add(member, reduction(ReductionKind.PERCENT, "0.9", TODAY, null))))
        .containsExactly(Map.entry("amount", "The percentage must be between 1 and 100"));
    assertThat(refused(add(member, reduction(ReductionKind.PERCENT, "100.1", TODAY, null))))
        .containsExactly(Map.entry("amount", "The percentage must be between 1 and 100"));
    assertThat(refused(add(member, reduction(ReductionKind.PERCENT, "20", TODAY, TODAY.minusDays(1)))))
        .containsExactly(Map.entry("endDate", "The end date must be the same as or after the start date"));
    ReductionDetails tooEarly = reduction(ReductionKind.PERCENT, "20", StaffFixtures.STARTED.minusDays(1), null);
    assertThat(refused(add(member, tooEarly))).containsOnlyKeys("startDate")
        .hasEntrySatisfying("startDate", message -> assertThat(message).endsWith("started, on 1 April 2015"));
    ReductionDetails longReason = new ReductionDetails(ReductionCategory.OTHER, ReductionKind.PERCENT, BigDecimal.TEN,
        "x".repeat(501), TODAY, null);
    assertThat(refused(add(member, longReason))).containsExactly(Map.entry("reason", "The reason must be 500 characters or fewer"));

    assertThat(add(member, reduction(ReductionKind.HOURS, "30", TODAY, TODAY))).isInstanceOf(SaveOutcome.Saved.class);
    assertThat(add(member, reduction(ReductionKind.PERCENT, "1", StaffFixtures.STARTED, null))).isInstanceOf(SaveOutcome.Saved.class);
    assertThat(add("N01X999", reduction(ReductionKind.PERCENT, "1", TODAY, null))).isInstanceOf(SaveOutcome.NotFound.class);
  }

  @Test
  void a_reduction_is_changed_ended_and_removed_only_at_the_version_seen_each_audited_and_announced() {
    String member = fixtures.member(fixtures.team(), "37");
    long id = saved(add(member, new ReductionDetails(ReductionCategory.LONG_TERM_SICKNESS, null, null, "Signed off",
        TODAY.minusDays(20), null)));

    SaveOutcome<Long> changed = fixtures.asAdmin(() -> reductions.change(member, id,
        new ReductionDetails(ReductionCategory.PHASED_RETURN, ReductionKind.PERCENT, new BigDecimal("50"),
            "Phased return", TODAY.minusDays(20), null), 0));
    assertThat(changed).isEqualTo(new SaveOutcome.Saved<>(id, false));
    assertThat(audit.history("reduction", String.valueOf(id), 5).get(0).details()).isEqualTo(Map.of("staffCode", member,
        "changed", Map.of("category", List.of("LONG_TERM_SICKNESS", "PHASED_RETURN"), "amount", List.of("100.0", "50"),
            "reason", List.of("Signed off", "Phased return"))));
    assertThat(fixtures.asAdmin(() -> reductions.end(member, id, TODAY, 0))).isInstanceOfSatisfying(SaveOutcome.Stale.class,
        stale -> assertThat(stale.currentVersion()).isEqualTo(1));

    assertThat(fixtures.asAdmin(() -> reductions.end(member, id, TODAY.minusDays(1), 1))).isEqualTo(new SaveOutcome.Saved<>(id, false));
    assertThat(reductions.find(member, id).orElseThrow().endDate()).isEqualTo(TODAY.minusDays(1));
    assertThat(reductions.hoursOn(member, TODAY).orElseThrow().hours()).isEqualByComparingTo("0");
    assertThat(refused(fixtures.asAdmin(() -> reductions.end(member, id, TODAY.minusDays(21), 2))))
        .containsExactly(Map.entry("endDate", "The end date must be the same as or after the start date"));

    assertThat(fixtures.asAdmin(() -> reductions.remove(member, id, 1))).isInstanceOf(SaveOutcome.Stale.class);
    assertThat(fixtures.asAdmin(() -> reductions.remove(member, id, 2))).isEqualTo(new SaveOutcome.Saved<>(id, false));
    assertThat(reductions.of(member)).isEmpty();
    assertThat(reductions.hoursOn(member, TODAY.minusDays(5)).orElseThrow().hours()).isEqualByComparingTo("0");
    AuditEvent removed = audit.history("reduction", String.valueOf(id), 5).get(0);
    assertThat(removed.details()).containsEntry("removed", true).containsEntry("category", "PHASED_RETURN");
    assertThat(fixtures.asAdmin(() -> reductions.remove(member, id, 3))).isInstanceOf(SaveOutcome.NotFound.class);
    // added, changed, ended and removed: the refused and stale attempts announce nothing
    await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().stream()
        .filter(new ReductionsChanged(member)::equals).count() >= 4);
    assertThat(listener.received()).filteredOn(new ReductionsChanged(member)::equals).hasSize(4);
    // a reduction is found only under its own member of staff
    String other = fixtures.member(fixtures.team(), "37");
    long others = saved(add(other, reduction(ReductionKind.HOURS, "2", TODAY, null)));
    assertThat(fixtures.asAdmin(() -> reductions.remove(member, others, 0))).isInstanceOf(SaveOutcome.NotFound.class);
  }

  @Test
  void a_request_key_adds_a_reduction_once_for_the_same_member_of_staff() {
    String member = fixtures.member(fixtures.team(), "37");
    String other = fixtures.member(fixtures.team(), "37");
    ReductionDetails details = reduction(ReductionKind.HOURS, "2", TODAY, null);

    long first = saved(fixtures.asAdmin(() -> reductions.add(member, details, "same-key")));
    SaveOutcome<Long> again = fixtures.asAdmin(() -> reductions.add(member, details, "same-key"));
    SaveOutcome<Long> forOther = fixtures.asAdmin(() -> reductions.add(other, details, "same-key"));

    assertThat(again).isEqualTo(new SaveOutcome.Saved<>(first, true));
    assertThat(saved(forOther)).isNotEqualTo(first);
    assertThat(reductions.of(member)).hasSize(1);
  }
}
