package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.probatio.support.TestOrganisation.as;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.FieldError;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RegisterType;
import org.probatio.risk.Registrations;
import org.probatio.risk.RoshLevel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffRecords;
import org.probatio.workforce.Workforce;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grade rules in force when a case is given to a practitioner (the reference rules: a PSO may not
 * hold a case with RoSH high or very high, MAPPA level 2 or 3, protect level A, or an ADVP or RCPR
 * registration), the senior practitioner's override with a reason, and leavers.
 */
@IntegrationTest
class GradeRulesInAllocationTest {

  @Autowired ApplicationContext context;
  @Autowired PractitionerAllocations practitioners;
  @Autowired Registrations registrations;
  @Autowired Workforce workforce;
  @Autowired JdbcClient jdbc;

  ProviderCaseFixtures fixtures;
  String team;
  String pso;
  String po;

  @BeforeEach
  void aTeam() {
    fixtures = new ProviderCaseFixtures(context);
    team = new StaffFixtures(context).team();
    pso = fixtures.practitioner(team, Grade.PSO);
    po = fixtures.practitioner(team, Grade.PO);
  }

  static PractitionerChoice choice(String staffCode, String override) {
    return new PractitionerChoice(staffCode, "Lives near the office; sees him weekly", false, null, override, null,
        null, null, UUID.randomUUID().toString());
  }

  PractitionerOutcome allocate(TestUser by, ProviderCase c, PractitionerChoice choice) {
    return as(context, by, () -> practitioners.allocate(c.id(), choice));
  }

  ProviderCase registered(ProviderCase c, RegisterType type, Integer mappaCategory, Integer mappaLevel) {
    RecordOutcome outcome = as(context, TestUser.PRACTITIONER, () -> registrations.add(c.crn(),
        new NewRegistration(type, null, LocalDate.now(), mappaCategory, mappaLevel, null, null)));
    assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
    return c;
  }

  @Test
  void a_pso_may_not_hold_a_case_with_high_rosh_or_a_domestic_abuse_registration_and_is_told_each_reason() {
    ProviderCase held = registered(fixtures.held(RoshLevel.HIGH), RegisterType.ADVP, null, null);

    PractitionerOutcome outcome = allocate(TestUser.SENIOR, held, choice(pso, null));

    assertThat(((PractitionerOutcome.Invalid) outcome).errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("staffCode");
      assertThat(error.message()).startsWith(name(pso) + " is a PSO, who may not hold this case: RoSH is high")
          .contains("Registered: domestic abuse perpetrator (ADVP)")
          .endsWith("Choose another practitioner, or enter why you are overriding the grade rules");
    });
    assertThat(allocationsOf(held)).isZero();
  }

  @Test
  void mappa_level_2_keeps_a_case_from_a_pso() {
    ProviderCase held = registered(fixtures.held(RoshLevel.HIGH), RegisterType.MAPP, 1, 2);

    PractitionerOutcome outcome = allocate(TestUser.SENIOR, held, choice(pso, null));

    assertThat(((PractitionerOutcome.Invalid) outcome).errors()).extracting(FieldError::message)
        .singleElement().asString().contains("MAPPA level 2");
  }

  @Test
  void a_senior_practitioner_gives_the_case_to_a_pso_by_recording_why_and_the_override_is_kept() {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);

    PractitionerOutcome outcome = allocate(TestUser.SENIOR, held,
        choice(pso, "  Only officer who speaks his first language; SPO co-works the case  "));

    PractitionerAllocation made = ((PractitionerOutcome.Allocated) outcome).allocation();
    assertThat(made.staffCode()).isEqualTo(pso);
    assertThat(made.gradeOverrideReason()).isEqualTo("Only officer who speaks his first language; SPO co-works the case");
  }

  @Test
  void an_override_by_anyone_but_a_senior_practitioner_is_refused_with_a_field_error() {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);

    PractitionerOutcome outcome = allocate(TestUser.ALLOCATOR, held, choice(pso, "Nobody else has room"));

    assertThat(((PractitionerOutcome.Invalid) outcome).errors()).extracting(FieldError::field, FieldError::message)
        .contains(tuple("gradeOverrideReason",
            "Only a senior practitioner may override the grade rules: choose a practitioner whose grade may hold this case"));
    assertThat(((PractitionerOutcome.Invalid) outcome).errors()).extracting(FieldError::field).contains("staffCode");
    assertThat(allocationsOf(held)).isZero();
  }

  @Test
  void a_probation_officer_may_hold_the_case_and_an_override_that_was_not_needed_is_not_kept() {
    ProviderCase held = registered(fixtures.held(RoshLevel.HIGH), RegisterType.ADVP, null, null);

    PractitionerOutcome outcome = allocate(TestUser.SENIOR, held, choice(po, "Just in case"));

    assertThat(((PractitionerOutcome.Allocated) outcome).allocation().gradeOverrideReason()).isNull();
  }

  @Test
  void a_pso_may_hold_a_case_with_low_rosh_and_no_restricting_registration() {
    ProviderCase atCrc = fixtures.held(RoshLevel.LOW);

    PractitionerOutcome outcome = practitioners.allocate(atCrc.id(), choice(TestUser.CRC_PRACTITIONER.staffCode, null));

    assertThat(outcome).isInstanceOf(PractitionerOutcome.Allocated.class);
  }

  @Test
  void a_practitioner_who_has_left_is_not_given_the_case() {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    LocalDate lastDay = LocalDate.now().minusDays(1);
    StaffDetails leaving = StaffDetails.of(workforce.staffMember(po).orElseThrow()).leavingOn(lastDay);
    new StaffFixtures(context).asAdmin(() -> context.getBean(StaffRecords.class).change(po, leaving,
        context.getBean(StaffRecords.class).find(po).orElseThrow().version()));

    PractitionerOutcome outcome = allocate(TestUser.SENIOR, held, choice(po, null));

    assertThat(((PractitionerOutcome.Invalid) outcome).errors()).extracting(FieldError::field, FieldError::message)
        .containsExactly(tuple("staffCode", name(po) + "'s last working day was "
            + org.probatio.web.Dates.inWords(lastDay) + ": choose a practitioner who works here now"));
  }

  String name(String staffCode) {
    return workforce.staffMember(staffCode).orElseThrow().displayName();
  }

  int allocationsOf(ProviderCase c) {
    return jdbc.sql("select count(*) from workload_practitioner_allocation where case_id = ?").param(c.id())
        .query(Integer.class).single();
  }
}
