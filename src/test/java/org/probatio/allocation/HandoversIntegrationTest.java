package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.calendar.WorkingDayCalendar;
import org.probatio.court.CourtOutcome;
import org.probatio.court.HearingFixtures;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.ReportType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentences;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.RegisterType;
import org.probatio.risk.Registrations;
import org.probatio.security.LimitedAccess;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class HandoversIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Handovers handovers;
  @Autowired Allocations allocations;
  @Autowired Sentences sentences;
  @Autowired Registrations registrations;
  @Autowired WorkingDayCalendar calendar;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired HandoverEventsListener listener;
  @Autowired LimitedAccess limitedAccess;
  @Autowired TransactionTemplate transaction;

  HandoverFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new HandoverFixtures(context);
  }

  <T> T as(TestUser user, java.util.function.Supplier<T> work) {
    return TestOrganisation.as(context, user, work);
  }

  /** Whether the event publication registry holds a completed publication of this event for this handover. */
  boolean throughTheOutbox(Class<?> event, long handoverId) {
    return jdbc.sql("""
            select count(*) from event_publication
            where event_type = ? and serialized_event like ? and completion_date is not null""")
        .params(event.getName(), "%\"handoverId\":" + handoverId + ",%").query(Integer.class).single() > 0;
  }

  @Test
  void a_sentence_allocated_to_the_crc_delivers_the_package_from_the_court_record_with_what_is_missing() {
    HearingFixtures court = new HearingFixtures(context);
    String crn = fixtures.lowRiskPerson();
    long hearing = court.listed(crn);
    court.started(hearing, ReportType.FAST);
    CourtOutcome recorded = as(TestUser.COURT, () -> sentences.record(hearing, new NewSentence(OrderType.COMMUNITY_ORDER,
        12, HearingFixtures.courtToday(), List.of(new Requirement(RequirementType.UNPAID_WORK, 120, null)), null,
        List.of())));
    long sentenceId = ((CourtOutcome.Recorded) recorded).id();
    await().atMost(HandoverFixtures.PATIENCE).until(() -> as(TestUser.ALLOCATOR, () -> allocations.awaiting()).stream()
        .anyMatch(c -> c.sentenceId() == sentenceId));
    AllocationCase c = as(TestUser.ALLOCATOR, () -> allocations.awaiting()).stream()
        .filter(x -> x.sentenceId() == sentenceId).findFirst().orElseThrow();
    as(TestUser.ALLOCATOR, () -> allocations.decide(c.id(), c.version(), null, java.util.UUID.randomUUID().toString()));

    Handover handover = fixtures.delivered(crn, TestUser.CRC_PRACTITIONER);

    assertThat(handover.fromProviderCode()).isEqualTo(TestOrganisation.NPS);
    assertThat(handover.toProviderCode()).isEqualTo(TestOrganisation.CRC);
    assertThat(handover.kind()).isEqualTo(DecisionKind.ALLOCATION);
    assertThat(handover.deliveredAt()).isEqualTo(handover.assembledAt());
    HandoverPackage contents = handover.contents();
    assertThat(contents.person().crn()).isEqualTo(crn);
    assertThat(contents.person().address()).isEqualTo("1 Test Street, Preston, PR1 1AA");
    assertThat(contents.report().type()).isEqualTo("Fast delivery (short format)");
    assertThat(contents.checks()).hasSize(2).allMatch(check -> !check.answered());
    assertThat(contents.screening().overall()).isEqualTo("Low");
    assertThat(contents.sentence().id()).isEqualTo(sentenceId);
    assertThat(contents.sentence().requirements()).extracting(HandoverPackage.RequirementPart::describe)
        .containsExactly("Unpaid work: 120 hours");
    assertThat(handover.missing()).extracting(MissingItem::item).containsExactly(HandoverItem.REPORT,
        HandoverItem.POLICE_CHECK, HandoverItem.CHILDRENS_CHECK, HandoverItem.FULL_ANALYSIS);
    assertThat(throughTheOutbox(HandoverDelivered.class, handover.id())).isTrue();
  }

  @Test
  void the_receiving_provider_finds_it_in_its_inbox_and_the_sending_provider_may_read_it_but_not_act_on_it() {
    Handover handover = fixtures.handedToCrc();

    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.inbox())).extracting(l -> l.handover().id())
        .contains(handover.id());
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.inbox()))
        .allMatch(l -> l.handover().toProviderCode().equals(TestOrganisation.CRC));
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.inbox())).extracting(l -> l.handover().id())
        .doesNotContain(handover.id());
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.handover(handover.id()))).isPresent();
    assertThat(as(TestUser.INSPECTOR, () -> handovers.handover(handover.id()))).isPresent();
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.acknowledge(handover.id(), handover.version())))
        .isInstanceOf(HandoverOutcome.NotFound.class);
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.recordFirstAppointment(handover.id(), LocalDate.now(),
        handover.version()))).isInstanceOf(HandoverOutcome.NotFound.class);
    List<AuditEvent> trail = audit.history("person", handover.crn(), 50);
    assertThat(trail).filteredOn(e -> ((Number) e.details().getOrDefault("handover", -1)).longValue() == handover.id())
        .extracting(e -> e.action() + " by " + e.username())
        .contains("CREATE by system", "VIEW by " + TestUser.PRACTITIONER.username, "VIEW by " + TestUser.INSPECTOR.username);
  }

  @Test
  void acknowledgement_records_the_named_person_once_and_goes_through_the_outbox() {
    Handover handover = fixtures.handedToCrc();

    HandoverOutcome outcome = as(TestUser.CRC_PRACTITIONER, () -> handovers.acknowledge(handover.id(), handover.version()));

    Handover acknowledged = ((HandoverOutcome.Done) outcome).handover();
    assertThat(acknowledged.acknowledgement().username()).isEqualTo(TestUser.CRC_PRACTITIONER.username);
    assertThat(acknowledged.acknowledgement().name()).isEqualTo("Test Crc-practitioner");
    assertThat(acknowledged.version()).isEqualTo(handover.version() + 1);
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.acknowledge(handover.id(), acknowledged.version())))
        .isEqualTo(new HandoverOutcome.Done(acknowledged, true));
    HandoverOutcome late = as(TestUser.CRC_PRACTITIONER, () -> handovers.acknowledge(handover.id(), handover.version()));
    assertThat(((HandoverOutcome.Stale) late).message()).contains("acknowledged by Test Crc-practitioner");
    assertThat(((HandoverOutcome.Stale) late).currentVersion()).isEqualTo(acknowledged.version());
    await().atMost(HandoverFixtures.PATIENCE).until(() -> throughTheOutbox(HandoverAcknowledged.class, handover.id()));
    assertThat(listener.received()).contains(new HandoverAcknowledged(handover.id(), handover.crn(),
        TestOrganisation.CRC, TestUser.CRC_PRACTITIONER.username, acknowledged.acknowledgement().at()));
  }

  @Test
  void a_first_appointment_before_the_day_of_delivery_is_flagged_listed_and_announced_and_can_be_corrected() {
    Handover handover = fixtures.handedToCrc();
    LocalDate dayBefore = handover.deliveredOn().minusDays(1);

    Handover flagged = ((HandoverOutcome.Done) as(TestUser.CRC_PRACTITIONER,
        () -> handovers.recordFirstAppointment(handover.id(), dayBefore, handover.version()))).handover();

    assertThat(flagged.firstAppointmentBeforeDelivery()).isTrue();
    assertThat(flagged.firstAppointment().recordedBy()).isEqualTo(TestUser.CRC_PRACTITIONER.username);
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.firstAppointmentsBeforeDelivery()))
        .extracting(l -> l.handover().id()).contains(handover.id());
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.firstAppointmentsBeforeDelivery()))
        .as("the sending provider sees it too").extracting(l -> l.handover().id()).contains(handover.id());
    await().atMost(HandoverFixtures.PATIENCE).until(() -> throughTheOutbox(FirstAppointmentRecorded.class, handover.id()));
    assertThat(listener.received()).contains(new FirstAppointmentRecorded(handover.id(), handover.crn(),
        TestOrganisation.CRC, dayBefore, handover.deliveredOn(), true));
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.deliveredBetween(handover.deliveredOn(),
        handover.deliveredOn()))).filteredOn(t -> t.handoverId() == handover.id()).singleElement()
        .satisfies(t -> {
          assertThat(t.firstAppointmentOn()).isEqualTo(dayBefore);
          assertThat(t.firstAppointmentBeforeDelivery()).isTrue();
        });

    Handover corrected = ((HandoverOutcome.Done) as(TestUser.CRC_PRACTITIONER, () -> handovers.recordFirstAppointment(
        handover.id(), handover.deliveredOn(), flagged.version()))).handover();
    assertThat(corrected.firstAppointmentBeforeDelivery()).isFalse();
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.firstAppointmentsBeforeDelivery()))
        .extracting(l -> l.handover().id()).doesNotContain(handover.id());
  }

  @Test
  void a_change_from_a_stale_version_or_with_no_date_is_refused_and_changes_nothing() {
    Handover handover = fixtures.handedToCrc();

    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.acknowledge(handover.id(), handover.version() + 3)))
        .isInstanceOf(HandoverOutcome.Stale.class);
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.recordFirstAppointment(handover.id(), LocalDate.now(),
        handover.version() + 3))).isInstanceOf(HandoverOutcome.Stale.class);
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.recordFirstAppointment(handover.id(), null,
        handover.version()))).isInstanceOf(HandoverOutcome.Invalid.class);
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.handover(handover.id())).orElseThrow())
        .isEqualTo(handover);
  }

  @Test
  void the_receiving_provider_gets_a_review_task_due_in_five_working_days_that_its_practitioner_completes() {
    Handover handover = fixtures.handedToCrc();

    ReviewTask task = fixtures.reviewTask(handover.id());

    assertThat(task.providerCode()).isEqualTo(TestOrganisation.CRC);
    assertThat(task.title()).isEqualTo("Review the initial risk assessment");
    assertThat(task.dueOn()).isEqualTo(calendar.addWorkingDays(handover.deliveredOn(), 5));
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.reviewTasks())).extracting(l -> l.task().id())
        .contains(task.id());
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.reviewTasks())).extracting(l -> l.task().id())
        .as("not the sending provider's").doesNotContain(task.id());
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.completeReviewTask(task.id())))
        .isInstanceOf(ReviewTaskOutcome.NotFound.class);

    ReviewTask done = ((ReviewTaskOutcome.Completed) as(TestUser.CRC_PRACTITIONER,
        () -> handovers.completeReviewTask(task.id()))).task();

    assertThat(done.completedBy()).isEqualTo(TestUser.CRC_PRACTITIONER.username);
    assertThat(done.completedByName()).isEqualTo("Test Crc-practitioner");
    assertThat(done.completedAt()).isNotNull();
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.completeReviewTask(task.id())))
        .isEqualTo(new ReviewTaskOutcome.Completed(done, true));
    await().atMost(HandoverFixtures.PATIENCE).until(() -> listener.received().stream()
        .anyMatch(e -> e instanceof ReviewTaskCompleted completed && completed.taskId() == task.id()));
  }

  @Test
  void a_crc_case_escalated_to_the_nps_is_handed_back_with_the_crc_as_sender() {
    String crn = fixtures.lowRiskPerson();
    fixtures.allocated(crn);
    fixtures.delivered(crn, TestUser.CRC_PRACTITIONER);

    as(TestUser.CRC_PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.MAPP, null, LocalDate.now(), 1, 2, null, null)));

    Handover escalation = fixtures.deliveries(crn, TestUser.PRACTITIONER, 2).get(0);
    assertThat(escalation.kind()).isEqualTo(DecisionKind.ESCALATION);
    assertThat(escalation.fromProviderCode()).isEqualTo(TestOrganisation.CRC);
    assertThat(escalation.toProviderCode()).isEqualTo(TestOrganisation.NPS);
    assertThat(escalation.contents().flags()).extracting(HandoverPackage.FlagPart::code).contains("MAPP");
    assertThat(as(TestUser.PRACTITIONER, () -> handovers.inbox())).extracting(l -> l.handover().id())
        .contains(escalation.id());
  }

  @Test
  void a_case_that_stays_with_the_court_provider_is_not_handed_over() {
    String crn = fixtures.lowRiskPerson();
    as(TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.MAPP, null, LocalDate.now(), 1, 2, null, null)));
    AllocationDecision decision = fixtures.allocated(crn);
    assertThat(decision.providerCode()).isEqualTo(TestOrganisation.NPS);

    await().during(java.time.Duration.ofSeconds(2)).atMost(HandoverFixtures.PATIENCE).until(() ->
        as(TestUser.PRACTITIONER, () -> handovers.forPerson(crn)).orElseThrow().isEmpty());
    assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.forPerson(crn))).as("the CRC may not see the person")
        .isEmpty();
  }

  @Test
  void a_limited_access_case_is_still_handed_over_with_the_persons_details_withheld_from_the_package() {
    String crn = fixtures.lowRiskPerson();
    transaction.executeWithoutResult(status -> limitedAccess.set(new LimitedAccess.AccessLists(crn, "Sam Senior", null,
        java.util.Set.of(), java.util.Set.of(TestUser.COURT.username, TestUser.ALLOCATOR.username,
        TestUser.CRC_PRACTITIONER.username))));
    fixtures.allocated(crn);

    Handover handover = fixtures.delivered(crn, TestUser.CRC_PRACTITIONER);

    assertThat(handover.contents().person().name()).isNull();
    assertThat(handover.missing()).contains(new MissingItem(HandoverItem.PERSON,
        "A limited-access record: ask Sam Senior for the person's details"));
    assertThat(as(TestUser.SECOND_PRACTITIONER, () -> handovers.handover(handover.id()))).as("not on the list").isEmpty();
  }
}
