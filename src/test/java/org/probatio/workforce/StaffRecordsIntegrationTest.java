package org.probatio.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.workforce.StaffFixtures.details;
import static org.probatio.workforce.StaffFixtures.refused;
import static org.probatio.workforce.StaffFixtures.saved;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Administrators add and change staff records and teams: checked field by field, versioned, audited and announced. */
@IntegrationTest
class StaffRecordsIntegrationTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired StaffRecords staff;
  @Autowired Teams teams;
  @Autowired Workforce workforce;
  @Autowired AuditTrail audit;
  @Autowired WorkforceEventsListener listener;

  StaffFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new StaffFixtures(context);
  }

  @Test
  void a_new_member_of_staff_gets_the_next_code_for_their_provider_and_grade_and_is_audited_and_announced() {
    String team = fixtures.team();
    StaffDetails pso = new StaffDetails("  Jo ", "Bloggs", Grade.PSO, team, "jo.bloggs@probation.example",
        new BigDecimal("22.5"), LocalDate.of(2024, 9, 2), null);

    String first = fixtures.member(pso);
    String second = fixtures.member(details(team));

    assertThat(first).matches("N01S\\d{3}");
    assertThat(second).matches("N01P\\d{3}");
    String third = fixtures.member(pso);
    assertThat(Integer.parseInt(third.substring(4))).isEqualTo(Integer.parseInt(first.substring(4)) + 1);
    StaffRecord added = staff.find(first).orElseThrow();
    assertThat(added.member()).isEqualTo(new StaffMember(first, "Jo", "Bloggs", Grade.PSO, team, "N01",
        "jo.bloggs@probation.example", new BigDecimal("22.5"), LocalDate.of(2024, 9, 2), null));
    assertThat(added.version()).isZero();
    assertThat(added.updatedBy()).isEqualTo("admin");
    AuditEvent created = audit.history("staff", first, 5).get(0);
    assertThat(created.action()).isEqualTo(AuditAction.CREATE);
    assertThat(created.username()).isEqualTo("admin");
    assertThat(created.details()).containsEntry("forename", "Jo").containsEntry("grade", "PSO")
        .containsEntry("teamCode", team).containsEntry("contractedHours", "22.5").containsEntry("startDate", "2024-09-02");
    await().atMost(Duration.ofSeconds(10))
        .until(() -> listener.received().containsAll(List.of(new StaffChanged(first), new StaffChanged(second))));
  }

  @Test
  void a_change_is_saved_at_the_version_seen_and_audited_with_each_field_changed() {
    String team = fixtures.team();
    String otherTeam = fixtures.team();
    String code = fixtures.member(team, "37");
    StaffDetails before = StaffDetails.of(staff.find(code).orElseThrow().member());
    StaffDetails after = new StaffDetails(before.forename(), before.surname(), Grade.PQIP, otherTeam, before.email(),
        new BigDecimal("30.0"), before.startDate(), null);

    assertThat(fixtures.asAdmin(() -> staff.change(code, after, 0))).isEqualTo(new SaveOutcome.Saved<>(code, false));

    StaffRecord changed = staff.find(code).orElseThrow();
    assertThat(changed.version()).isEqualTo(1);
    assertThat(changed.member().grade()).isEqualTo(Grade.PQIP);
    assertThat(changed.member().teamCode()).isEqualTo(otherTeam);
    assertThat(changed.member().contractedHours()).isEqualByComparingTo("30");
    AuditEvent event = audit.history("staff", code, 5).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(event.details()).isEqualTo(Map.of("changed", Map.of(
        "grade", List.of("PO", "PQIP"), "teamCode", List.of(team, otherTeam), "contractedHours", List.of("37.0", "30.0"))));
    await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(new StaffChanged(code)));
  }

  @Test
  void a_change_at_an_old_version_is_refused_naming_who_changed_the_record_since() {
    String code = fixtures.member(fixtures.team(), "37");
    StaffDetails details = StaffDetails.of(staff.find(code).orElseThrow().member());
    saved(fixtures.asAdmin(() -> staff.change(code, details, 0)));

    SaveOutcome<String> stale = fixtures.asAdmin(() -> staff.change(code, details.leavingOn(TODAY), 0));

    assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Stale.class, s -> {
      assertThat(s.currentVersion()).isEqualTo(1);
      assertThat(s.changedBy()).isEqualTo("admin");
      assertThat(s.changedAt()).isNotNull();
    });
    assertThat(staff.find(code).orElseThrow().member().leavingDate()).isNull();
    assertThat(fixtures.asAdmin(() -> staff.change("N01X999", details, 0))).isInstanceOf(SaveOutcome.NotFound.class);
  }

  @Test
  void every_problem_with_a_member_of_staff_is_named_by_its_field() {
    StaffDetails blank = new StaffDetails(" ", null, null, null, null, null, null, null);
    assertThat(refused(fixtures.asAdmin(() -> staff.add(blank, null)))).containsExactly(
        Map.entry("forename", "Enter the forename"),
        Map.entry("surname", "Enter the surname"),
        Map.entry("grade", "Select the grade"),
        Map.entry("teamCode", "Select the team"),
        Map.entry("contractedHours", "Enter the contracted hours a week"),
        Map.entry("startDate", "Enter the start date"));

    String team = fixtures.team();
    StaffDetails wrong = new StaffDetails("x".repeat(101), "Smith", Grade.PO, "N01NOPE", "not an address",
        new BigDecimal("60.5"), LocalDate.of(1959, 12, 31), LocalDate.of(1959, 12, 30));
    assertThat(refused(fixtures.asAdmin(() -> staff.add(wrong, null))))
        .containsEntry("forename", "The forename must be 100 characters or fewer")
        .containsEntry("teamCode", "There is no team with the code N01NOPE: select one from the list")
        .containsEntry("email", "Enter an email address in the correct format, like name@example.com")
        .containsEntry("contractedHours", "Contracted hours must be between 0 and 60")
        .containsEntry("startDate", "The start date must be in 1960 or after")
        .containsEntry("leavingDate", "The last working day must be the same as or after the start date")
        .hasSize(6);

    StaffDetails d = details(team);
    StaffDetails tooPrecise = new StaffDetails(d.forename(), d.surname(), d.grade(), team, null, new BigDecimal("37.25"),
        TODAY.plusYears(1).plusDays(1), null);
    assertThat(refused(fixtures.asAdmin(() -> staff.add(tooPrecise, null))))
        .containsExactly(Map.entry("contractedHours", "Contracted hours must have no more than one decimal place, like 37.5"),
            Map.entry("startDate", "The start date must be no more than a year from today"));
    StaffDetails edges = new StaffDetails(d.forename(), d.surname(), d.grade(), team, null, new BigDecimal("60.0"),
        LocalDate.of(1960, 1, 1), LocalDate.of(1960, 1, 1));
    assertThat(fixtures.asAdmin(() -> staff.add(edges, null))).isInstanceOf(SaveOutcome.Saved.class);
  }

  @Test
  void a_request_key_adds_a_member_of_staff_once_for_the_same_user() {
    StaffDetails details = details(fixtures.team());

    SaveOutcome<String> first = fixtures.asAdmin(() -> staff.add(details, "key-1"));
    SaveOutcome<String> again = fixtures.asAdmin(() -> staff.add(details, "key-1"));
    SaveOutcome<String> otherKey = fixtures.asAdmin(() -> staff.add(details, "key-2"));

    assertThat(again).isEqualTo(new SaveOutcome.Saved<>(saved(first), true));
    assertThat(saved(otherKey)).isNotEqualTo(saved(first));
    assertThat(staff.list(new StaffQuery(null, details.teamCode(), null, false, 0, 10)).total()).isEqualTo(2);
  }

  @Test
  void the_staff_list_is_by_name_a_page_at_a_time_by_team_provider_or_part_of_a_name_and_leaves_out_leavers() {
    String team = fixtures.team();
    String crcTeam = fixtures.team(StaffFixtures.CRC_UNIT);
    for (String surname : List.of("Cole", "Abbott", "Baker")) {
      StaffDetails d = details(team);
      fixtures.member(new StaffDetails("Sam", surname, Grade.PO, team, null, d.contractedHours(), d.startDate(), null));
    }
    StaffDetails d = details(team);
    String leaver = fixtures.member(new StaffDetails("Lee", "Aardvark", Grade.PO, team, null, d.contractedHours(),
        d.startDate(), TODAY.minusDays(1)));
    String leavingToday = fixtures.member(new StaffDetails("Lou", "Zed", Grade.PO, team, null, d.contractedHours(),
        d.startDate(), TODAY));
    String crc = fixtures.member(details(crcTeam));

    StaffPage first = staff.list(new StaffQuery(null, team, null, false, 0, 2));
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.pages()).isEqualTo(2);
    assertThat(first.staff()).extracting(r -> r.member().surname()).containsExactly("Abbott", "Baker");
    assertThat(staff.list(new StaffQuery(null, team, null, false, 1, 2)).staff())
        .extracting(r -> r.member().surname()).containsExactly("Cole", "Zed");
    assertThat(staff.list(new StaffQuery(null, team, null, true, 0, 10)).staff()).extracting(StaffRecord::code)
        .contains(leaver, leavingToday).hasSize(5);
    assertThat(staff.list(new StaffQuery(null, team, "sam b", false, 0, 10)).staff())
        .extracting(r -> r.member().surname()).containsExactly("Baker");
    assertThat(staff.list(new StaffQuery(null, null, leavingToday.toLowerCase(), false, 0, 10)).staff())
        .extracting(StaffRecord::code).containsExactly(leavingToday);
    assertThat(staff.list(new StaffQuery(Set.of("C01"), null, null, false, 0, 1000)).staff())
        .extracting(StaffRecord::code).contains(crc).allMatch(code -> code.startsWith("C01"));
    assertThat(staff.list(new StaffQuery(Set.of("C01"), team, null, false, 0, 10)).total()).isZero();
    assertThat(staff.list(new StaffQuery(Set.of(), null, null, false, 0, 10)).total()).isZero();
    assertThat(staff.list(new StaffQuery(null, team, "100%_", false, 0, 10)).total()).isZero();
    assertThat(workforce.teamMembersWorkingOn(team, TODAY)).extracting(StaffMember::code)
        .contains(leavingToday).doesNotContain(leaver).hasSize(4);
    assertThat(workforce.teamMembers(team)).hasSize(5);
  }

  @Test
  void teams_are_added_under_their_delivery_units_code_with_different_names_and_renamed_at_the_version_seen() {
    String name = "Audit test team " + System.nanoTime();
    String code = saved(fixtures.asAdmin(() -> teams.add(StaffFixtures.NPS_UNIT, "  " + name + " ", null)));

    assertThat(code).matches("N01U1T\\d+");
    TeamRecord added = teams.find(code).orElseThrow();
    assertThat(added.name()).isEqualTo(name);
    assertThat(added.providerCode()).isEqualTo("N01");
    assertThat(added.currentStaff()).isZero();
    assertThat(audit.history("team", code, 5).get(0).details())
        .isEqualTo(Map.of("name", name, "deliveryUnitCode", StaffFixtures.NPS_UNIT));
    assertThat(refused(fixtures.asAdmin(() -> teams.add(StaffFixtures.NPS_UNIT, name.toUpperCase(), null))))
        .containsExactly(Map.entry("name", "Preston already has a team called " + name.toUpperCase()
            + ": choose another name"));
    assertThat(fixtures.asAdmin(() -> teams.add(StaffFixtures.CRC_UNIT, name, null))).isInstanceOf(SaveOutcome.Saved.class);
    assertThat(refused(fixtures.asAdmin(() -> teams.add("NOPE", "", null)))).containsExactly(
        Map.entry("deliveryUnitCode", "There is no delivery unit with the code NOPE"),
        Map.entry("name", "Enter the team name"));

    assertThat(fixtures.asAdmin(() -> teams.rename(code, name + " renamed", 0))).isEqualTo(new SaveOutcome.Saved<>(code, false));
    assertThat(fixtures.asAdmin(() -> teams.rename(code, name + " again", 0))).isInstanceOfSatisfying(SaveOutcome.Stale.class,
        stale -> assertThat(stale.currentVersion()).isEqualTo(1));
    assertThat(teams.find(code).orElseThrow().name()).isEqualTo(name + " renamed");
    assertThat(audit.history("team", code, 5).get(0).details())
        .isEqualTo(Map.of("changed", Map.of("name", List.of(name, name + " renamed"))));
    assertThat(teams.list(Set.of("N01"))).extracting(TeamRecord::code).contains(code);
    assertThat(teams.list(Set.of("C01"))).extracting(TeamRecord::code).doesNotContain(code);
  }
}
