package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.AllocationFixtures;
import org.probatio.audit.AuditTrail;
import org.probatio.people.FieldError;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.RoshLevel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Workforce;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PractitionerAllocationsIntegrationTest {

  static final String PO = TestUser.PRACTITIONER.staffCode;
  static final String SECOND_PO = TestUser.SECOND_PRACTITIONER.staffCode;

  @Autowired ApplicationContext context;
  @Autowired PractitionerAllocations practitioners;
  @Autowired UnallocatedCases waiting;
  @Autowired People people;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  AllocationFixtures fixtures;
  String crn;

  @BeforeEach
  void aPerson() {
    fixtures = new AllocationFixtures(context);
    crn = fixtures.person();
  }

  /** The person screened at this level, sentenced and allocated to a provider; the case as that provider holds it. */
  ProviderCase heldAfterScreening(RoshLevel toPublic) {
    return new ProviderCaseFixtures(context).held(crn, toPublic);
  }

  static PractitionerChoice choice(String staffCode, String requestKey) {
    return new PractitionerChoice(staffCode, "Capacity to see him weekly; experience with acquisitive offending", false,
        "Agreed in supervision", null, null, null, null, requestKey);
  }

  PractitionerOutcome allocate(long caseId, PractitionerChoice choice) {
    return as(context, TestUser.SENIOR, () -> practitioners.allocate(caseId, choice));
  }

  @Test
  void a_case_given_to_the_nps_waits_for_a_practitioner_and_the_one_chosen_becomes_the_responsible_officer() {
    ProviderCase held = heldAfterScreening(RoshLevel.HIGH);
    assertThat(held.providerCode()).isEqualTo(TestOrganisation.NPS);
    assertThat(held.orderType()).isEqualTo(org.probatio.court.OrderType.COMMUNITY_ORDER);
    assertThat(held.endsOn()).isEqualTo(held.sentenceDate().plusMonths(12));
    assertThat(as(context, TestUser.SENIOR, () -> waiting.waiting(UnallocatedCases.Filter.none())))
        .extracting(w -> w.providerCase().id())
        .contains(held.id());

    PractitionerOutcome outcome = allocate(held.id(), choice(PO, UUID.randomUUID().toString()));

    assertThat(outcome).isInstanceOf(PractitionerOutcome.Allocated.class);
    PractitionerAllocation made = ((PractitionerOutcome.Allocated) outcome).allocation();
    assertThat(made.staffCode()).isEqualTo(PO);
    assertThat(made.teamCode()).isEqualTo("N01T1");
    assertThat(made.allocatedBy()).isEqualTo(TestUser.SENIOR.username);
    assertThat(made.oversightNote()).isEqualTo("Agreed in supervision");
    assertThat(made.reallocationReason()).isNull();
    assertThat(as(context, TestUser.SENIOR, () -> waiting.waiting(UnallocatedCases.Filter.none())))
        .extracting(w -> w.providerCase().id())
        .doesNotContain(held.id());
    Lookup.Found record = (Lookup.Found) as(context, TestUser.PRACTITIONER, () -> people.view(crn));
    assertThat(record.person().responsibleOfficerCode()).isEqualTo(PO);
    assertThat(audit.history("person", crn, 50)).anySatisfy(event ->
        assertThat(event.details()).containsEntry("practitioner", PO));
    assertThat(events.stream(PractitionerAllocated.class)).contains(
        new PractitionerAllocated(made.id(), held.id(), crn, PO, null, false));
  }

  @Test
  void the_same_submission_twice_allocates_once_and_someone_elses_later_one_is_told_who_allocated() {
    ProviderCase held = heldAfterScreening(RoshLevel.HIGH);
    String key = UUID.randomUUID().toString();
    PractitionerOutcome first = allocate(held.id(), choice(PO, key));

    PractitionerOutcome again = allocate(held.id(), choice(PO, key));
    PractitionerOutcome someoneElse = as(context, TestUser.ALLOCATOR,
        () -> practitioners.allocate(held.id(), choice(SECOND_PO, UUID.randomUUID().toString())));

    assertThat(again).isEqualTo(new PractitionerOutcome.Allocated(((PractitionerOutcome.Allocated) first).allocation(), true));
    assertThat(someoneElse).isInstanceOf(PractitionerOutcome.AlreadyAllocated.class);
    assertThat(((PractitionerOutcome.AlreadyAllocated) someoneElse).message())
        .contains(TestUser.SENIOR.username).contains("Nothing was changed");
    assertThat(allocationsOf(held.id())).isEqualTo(1);
  }

  @Test
  void twenty_identical_submissions_at_once_make_exactly_one_allocation() throws Exception {
    ProviderCase held = heldAfterScreening(RoshLevel.HIGH);
    PractitionerChoice same = choice(PO, UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<PractitionerOutcome>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        Callable<PractitionerOutcome> submit = () -> {
          start.await();
          return allocate(held.id(), same);
        };
        results.add(pool.submit(submit));
      }
      start.countDown();
      List<PractitionerOutcome> outcomes = new ArrayList<>();
      for (Future<PractitionerOutcome> result : results) {
        outcomes.add(result.get());
      }
      assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(PractitionerOutcome.Allocated.class));
      assertThat(outcomes).extracting(o -> ((PractitionerOutcome.Allocated) o).allocation().id()).containsOnly(
          ((PractitionerOutcome.Allocated) outcomes.get(0)).allocation().id());
      assertThat(outcomes).filteredOn(o -> !((PractitionerOutcome.Allocated) o).repeated()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(allocationsOf(held.id())).isEqualTo(1);
  }

  @Test
  void a_reallocation_needs_its_reason_and_ends_the_first_practitioners_allocation() {
    ProviderCase held = heldAfterScreening(RoshLevel.HIGH);
    PractitionerAllocation first = ((PractitionerOutcome.Allocated) allocate(held.id(),
        choice(PO, UUID.randomUUID().toString()))).allocation();
    PractitionerChoice noReason = new PractitionerChoice(SECOND_PO, "Caseload too high", false, null, null, first.id(),
        null, null, UUID.randomUUID().toString());
    PractitionerChoice otherWithoutDetails = new PractitionerChoice(SECOND_PO, "Caseload too high", false, null, null,
        first.id(), ReallocationReason.OTHER, " ", UUID.randomUUID().toString());
    PractitionerChoice stale = new PractitionerChoice(SECOND_PO, "Caseload too high", false, null, null, null,
        ReallocationReason.CASELOAD_ADJUSTMENT, null, UUID.randomUUID().toString());

    assertThat(allocate(held.id(), noReason)).isEqualTo(new PractitionerOutcome.Invalid(List.of(
        new FieldError("reallocationReason", "Choose why the case is being reallocated"))));
    assertThat(allocate(held.id(), otherWithoutDetails)).isEqualTo(new PractitionerOutcome.Invalid(List.of(
        new FieldError("reallocationDetails", "Enter the reason for reallocating the case"))));
    assertThat(allocate(held.id(), stale)).as("reallocating a case the user saw unallocated")
        .isInstanceOf(PractitionerOutcome.AlreadyAllocated.class);

    PractitionerOutcome moved = allocate(held.id(), new PractitionerChoice(SECOND_PO, "Caseload too high", true, null,
        null, first.id(), ReallocationReason.CASELOAD_ADJUSTMENT, null, UUID.randomUUID().toString()));

    PractitionerAllocation second = ((PractitionerOutcome.Allocated) moved).allocation();
    assertThat(second.reallocationReason()).isEqualTo(ReallocationReason.CASELOAD_ADJUSTMENT);
    assertThat(second.sensitive()).isTrue();
    List<PractitionerAllocation> history = as(context, TestUser.SENIOR, () -> practitioners.practitionersOf(crn));
    assertThat(history).extracting(PractitionerAllocation::staffCode).containsExactly(SECOND_PO, PO);
    assertThat(history.get(1).endedAt()).isNotNull();
    assertThat(history.get(1).endedBecause()).contains("Reallocated to").contains(SECOND_PO);
    Lookup.Found record = (Lookup.Found) as(context, TestUser.PRACTITIONER, () -> people.view(crn));
    assertThat(record.person().responsibleOfficerCode()).isEqualTo(SECOND_PO);
    assertThat(events.stream(PractitionerAllocated.class)).contains(
        new PractitionerAllocated(second.id(), held.id(), crn, SECOND_PO, PO, true));
  }

  @Test
  void only_a_case_holding_practitioner_of_the_cases_provider_may_hold_it_and_a_justification_is_needed() {
    ProviderCase held = heldAfterScreening(RoshLevel.HIGH);

    PractitionerOutcome otherProvider = allocate(held.id(), choice(TestUser.CRC_PRACTITIONER.staffCode, "k1-" + crn));
    PractitionerOutcome senior = allocate(held.id(), choice(TestUser.SENIOR.staffCode, "k2-" + crn));
    PractitionerOutcome nobody = allocate(held.id(), new PractitionerChoice("N01X999", " ", false, null, null, null,
        null, null, "k3-" + crn));

    assertThat(((PractitionerOutcome.Invalid) otherProvider).errors()).extracting(FieldError::field, FieldError::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("staffCode",
            name(TestUser.CRC_PRACTITIONER) + " works for another provider"));
    assertThat(((PractitionerOutcome.Invalid) senior).errors()).extracting(FieldError::message)
        .containsExactly(name(TestUser.SENIOR) + " is a senior probation officer, who does not hold cases");
    assertThat(((PractitionerOutcome.Invalid) nobody).errors()).extracting(FieldError::field)
        .containsExactly("staffCode", "justification");
    assertThat(allocationsOf(held.id())).isZero();
  }

  @Test
  void a_crc_case_referred_to_the_nps_when_its_risk_rises_leaves_its_crc_practitioner() {
    ProviderCase atCrc = heldAfterScreening(RoshLevel.LOW);
    assertThat(atCrc.providerCode()).isEqualTo(TestOrganisation.CRC);
    PractitionerOutcome outcome = practitioners.allocate(atCrc.id(),
        choice(TestUser.CRC_PRACTITIONER.staffCode, UUID.randomUUID().toString()));
    assertThat(outcome).isInstanceOf(PractitionerOutcome.Allocated.class);

    fixtures.screened(crn, RoshLevel.HIGH);

    ProviderCase atNps = await().atMost(Duration.ofSeconds(15)).until(() -> practitioners.providerCase(atCrc.id())
        .orElseThrow(), c -> c.providerCode().equals(TestOrganisation.NPS));
    assertThat(practitioners.current(atNps.id())).isEmpty();
    PractitionerAllocation ended = practitioners.practitionersOf(crn).get(0);
    assertThat(ended.endedBecause()).contains("The case went to N01").contains("risk escalation referral");
    await().atMost(Duration.ofSeconds(15)).until(() -> practitioners.providerCase(atCrc.id()).orElseThrow().tier(),
        tier -> tier != null && !tier.equals(atCrc.tier()));
  }

  String name(TestUser user) {
    return context.getBean(Workforce.class).staffMember(user.staffCode).orElseThrow().displayName();
  }

  int allocationsOf(long caseId) {
    return jdbc.sql("select count(*) from workload_practitioner_allocation where case_id = ?").param(caseId)
        .query(Integer.class).single();
  }
}
