package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.policy.ConsideredFactor;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.TransformingRehabilitation2014;
import org.probatio.court.CourtOutcome;
import org.probatio.court.HearingFixtures;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.ReportType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentences;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.probatio.risk.Registrations;
import org.probatio.security.LimitedAccess;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class AllocationsIntegrationTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired RoshAssessments rosh;
  @Autowired Registrations registrations;
  @Autowired Allocations allocations;
  @Autowired Tiers tiers;
  @Autowired ApplicationEvents events;
  @Autowired Sentences sentences;
  @Autowired Misallocations misallocations;
  @Autowired LimitedAccess limitedAccess;
  @Autowired TransactionTemplate transaction;

  String crn;

  @BeforeEach
  void aSentencedPerson() {
    TestOrganisation.ensureLoaded(context);
    crn = ((CreateOutcome.Created) as(context, TestUser.COURT,
        () -> people.create(PersonInputs.person(), TestOrganisation.NPS, false, null))).crn().value();
  }

  AllocationCase sentenced(LocalDate on) {
    return new AllocationFixtures(context).sentenced(crn, on);
  }

  void screening(RoshLevel toPublic, LocalDate completedOn) {
    Long replacing = rosh.current(crn).map(r -> r.id()).orElse(null);
    RecordOutcome outcome = as(context, TestUser.COURT, () -> rosh.record(crn, new NewRoshAssessment(
        AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT,
        new RoshLevels(RoshLevel.LOW, toPublic, RoshLevel.LOW, RoshLevel.LOW, null, null, null, null, null), completedOn,
        replacing)));
    assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
  }

  DecisionOutcome decide(AllocationCase c, PolicyOverride override, String key) {
    return as(context, TestUser.ALLOCATOR, () -> allocations.decide(c.id(), c.version(), override, key));
  }

  @Test
  void a_sentence_on_the_friday_before_a_bank_holiday_monday_is_due_on_the_tuesday() {
    AllocationCase c = sentenced(LocalDate.of(2026, 8, 28));

    assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(allocations.open(new NewCase(crn, c.sentenceId(), c.sentenceDate(), TestOrganisation.NPS,
        c.assessedFrom(), true)).id()).as("a repeated sentence event opens no second case").isEqualTo(c.id());
  }

  /** A fast report begun today, then a community order with unpaid work: the case allocation opens for it. */
  AllocationCase reportedAndSentenced() {
    HearingFixtures court = new HearingFixtures(context);
    long hearing = court.listed(crn);
    court.started(hearing, ReportType.FAST);
    CourtOutcome recorded = as(context, TestUser.COURT, () -> sentences.record(hearing, new NewSentence(
        OrderType.COMMUNITY_ORDER, 12, HearingFixtures.courtToday(),
        List.of(new Requirement(RequirementType.UNPAID_WORK, 100, null)), null, List.of())));
    long sentenceId = ((CourtOutcome.Recorded) recorded).id();
    return await().atMost(Duration.ofSeconds(10)).until(() -> as(context, TestUser.ALLOCATOR,
        () -> allocations.awaiting()).stream().filter(x -> x.sentenceId() == sentenceId).findFirst().orElse(null),
        java.util.Objects::nonNull);
  }

  @Test
  void recording_a_sentence_at_court_opens_a_case_from_the_day_the_report_began() {
    AllocationCase c = reportedAndSentenced();

    LocalDate today = HearingFixtures.courtToday();
    assertThat(c.crn()).isEqualTo(crn);
    assertThat(c.assessedFrom()).isEqualTo(today);
    assertThat(c.mandateForChange()).as("unpaid work alone gives no mandate for change").isFalse();
    assertThat(c.dueOn()).isAfter(today);
  }

  @Test
  void a_limited_access_persons_sentence_opens_a_case_though_only_the_permitted_staff_may_see_it() {
    transaction.executeWithoutResult(status -> limitedAccess.set(new LimitedAccess.AccessLists(crn, "Sam Senior", null,
        java.util.Set.of(), java.util.Set.of(TestUser.COURT.username))));

    AllocationCase c = sentenced(TODAY);

    assertThat(c.crn()).isEqualTo(crn);
    assertThat(as(context, TestUser.COURT, () -> allocations.allocationCase(c.id()))).isPresent();
    assertThat(as(context, TestUser.ALLOCATOR, () -> allocations.allocationCase(c.id()))).as("not on the list").isEmpty();
  }

  @Test
  void the_gate_stays_shut_until_a_screening_from_the_report_stage_or_later_is_on_record() {
    AllocationCase c = reportedAndSentenced();

    Proposal none = as(context, TestUser.ALLOCATOR, () -> allocations.propose(c.id())).orElseThrow();
    assertThat(none).isInstanceOf(Proposal.Blocked.class);
    assertThat(((Proposal.Blocked) none).reason()).contains("no RoSH screening");
    assertThat(decide(c, null, UUID.randomUUID().toString())).isInstanceOf(DecisionOutcome.Blocked.class);

    screening(RoshLevel.MEDIUM, c.assessedFrom().minusDays(1));
    Proposal stale = as(context, TestUser.ALLOCATOR, () -> allocations.propose(c.id())).orElseThrow();
    assertThat(((Proposal.Blocked) stale).reason()).contains("before the court report began");

    screening(RoshLevel.MEDIUM, c.assessedFrom());
    assertThat(as(context, TestUser.ALLOCATOR, () -> allocations.propose(c.id())).orElseThrow())
        .isInstanceOf(Proposal.Ready.class);
  }

  @Test
  void a_decision_records_every_factor_the_rule_the_policy_and_who_and_replays() {
    screening(RoshLevel.HIGH, TODAY);
    AllocationCase c = sentenced(TODAY);
    String key = UUID.randomUUID().toString();

    DecisionOutcome outcome = decide(c, null, key);

    AllocationDecision decision = ((DecisionOutcome.Allocated) outcome).decision();
    assertThat(decision.provider()).isEqualTo(Provider.NPS);
    assertThat(decision.providerCode()).isEqualTo(TestOrganisation.NPS);
    assertThat(decision.policyVersion()).isEqualTo(TransformingRehabilitation2014.VERSION);
    assertThat(decision.decidingRule()).contains("RoSH high").contains("RoSH screening");
    assertThat(decision.factors()).extracting(ConsideredFactor::name)
        .contains("MAPPA", "RoSH", "RSR", "National exclusion", "Receiving provider");
    assertThat(decision.factors()).filteredOn(ConsideredFactor::metCriterion).extracting(ConsideredFactor::date)
        .containsExactly(TODAY);
    assertThat(decision.decidedBy()).isEqualTo(TestUser.ALLOCATOR.username);
    assertThat(decision.workingDays()).isZero();
    assertThat(decision.onTime()).isTrue();
    assertThat(allocations.replays(decision)).isTrue();
    assertThat(events.stream(CaseAllocated.class)).contains(new CaseAllocated(crn, c.id(), c.sentenceId(),
        decision.id(), DecisionKind.ALLOCATION, TestOrganisation.NPS, TestOrganisation.NPS));

    assertThat(decide(c, null, key)).as("the same submission again").isEqualTo(outcome);
    DecisionOutcome second = decide(c, null, UUID.randomUUID().toString());
    assertThat(second).isInstanceOf(DecisionOutcome.AlreadyDecided.class);
    assertThat(((DecisionOutcome.AlreadyDecided) second).message()).contains("allocated to N01");
    assertThat(as(context, TestUser.ALLOCATOR, () -> allocations.decisions(crn)).orElseThrow()).hasSize(1);
    DecisionOutcome review = as(context, TestUser.SENIOR, () -> allocations.review(decision.id(), true, null));
    assertThat(((DecisionOutcome.AlreadyDecided) review).message()).contains("no override to review");
  }

  @Test
  void a_low_risk_case_goes_to_the_crc_which_can_then_see_it() {
    screening(RoshLevel.LOW, TODAY);
    AllocationCase c = sentenced(TODAY);

    AllocationDecision decision = ((DecisionOutcome.Allocated) decide(c, null, UUID.randomUUID().toString())).decision();

    assertThat(decision.provider()).isEqualTo(Provider.CRC);
    assertThat(decision.providerCode()).isEqualTo(TestOrganisation.CRC);
    assertThat(decision.decidingRule()).startsWith("No NPS criterion is met");
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> people.canSee(crn))).isTrue();
  }

  @Test
  void an_override_is_refused_without_a_reason_and_allocates_nothing_until_a_senior_practitioner_approves_it() {
    screening(RoshLevel.LOW, TODAY);
    AllocationCase c = sentenced(TODAY);

    DecisionOutcome noReason = decide(c, new PolicyOverride(Provider.NPS, " "), UUID.randomUUID().toString());
    assertThat(((DecisionOutcome.Invalid) noReason).errors()).extracting(e -> e.field()).containsExactly("overrideReason");
    DecisionOutcome same = decide(c, new PolicyOverride(Provider.CRC, "why"), UUID.randomUUID().toString());
    assertThat(((DecisionOutcome.Invalid) same).errors()).extracting(e -> e.field()).containsExactly("overrideProvider");

    AllocationDecision pending = ((DecisionOutcome.AwaitingApproval) decide(c,
        new PolicyOverride(Provider.NPS, "Known to the NPS team from a previous order"), UUID.randomUUID().toString()))
        .decision();
    assertThat(pending.status()).isEqualTo(DecisionStatus.AWAITING_APPROVAL);
    assertThat(pending.policyProvider()).isEqualTo(Provider.CRC);
    assertThat(allocations.allocationCase(c.id())).get().extracting(AllocationCase::decided).isEqualTo(false);
    assertThat(decide(c, null, UUID.randomUUID().toString())).as("the case waits for the approval")
        .isInstanceOf(DecisionOutcome.AlreadyDecided.class);
    assertThat(as(context, TestUser.ALLOCATOR, () -> allocations.review(pending.id(), true, null)))
        .as("nobody approves their own override").isInstanceOf(DecisionOutcome.Invalid.class);

    DecisionOutcome approved = as(context, TestUser.SENIOR, () -> allocations.review(pending.id(), true, "Agreed"));

    AllocationDecision decision = ((DecisionOutcome.Allocated) approved).decision();
    assertThat(decision.status()).isEqualTo(DecisionStatus.FINAL);
    assertThat(decision.provider()).isEqualTo(Provider.NPS);
    assertThat(decision.overrideReason()).isEqualTo("Known to the NPS team from a previous order");
    assertThat(decision.reviewedBy()).isEqualTo(TestUser.SENIOR.username);
    assertThat(allocations.allocationCase(c.id()).orElseThrow().decisionId()).isEqualTo(decision.id());
    assertThat(as(context, TestUser.SENIOR, () -> allocations.review(pending.id(), true, null)))
        .isInstanceOf(DecisionOutcome.AlreadyDecided.class);
  }

  @Test
  void a_crc_case_whose_risk_rises_to_mappa_is_referred_to_the_nps_and_its_tier_follows() {
    screening(RoshLevel.LOW, TODAY);
    AllocationCase c = sentenced(TODAY);
    decide(c, null, UUID.randomUUID().toString());
    await().atMost(Duration.ofSeconds(10)).until(() -> tiers.recalculate(crn).isPresent());
    String before = tiers.recalculate(crn).orElseThrow().tier().code();

    as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.MAPP, null, TODAY, 1, 2, null, null)));

    await().atMost(Duration.ofSeconds(10)).until(() ->
        as(context, TestUser.SENIOR, () -> allocations.decisions(crn)).orElseThrow().size() == 2);
    List<AllocationDecision> decisions = as(context, TestUser.SENIOR, () -> allocations.decisions(crn)).orElseThrow();
    AllocationDecision escalation = decisions.get(0);
    assertThat(escalation.kind()).isEqualTo(DecisionKind.ESCALATION);
    assertThat(escalation.provider()).isEqualTo(Provider.NPS);
    assertThat(escalation.decidingRule()).startsWith("Risk escalation referral").contains("MAPPA");
    assertThat(escalation.decidedBy()).isEqualTo(Allocations.ESCALATION_DECIDER);
    await().atMost(Duration.ofSeconds(10)).until(() ->
        as(context, TestUser.SENIOR, () -> tiers.current(crn)).orElseThrow().tier().code().startsWith("A"));
    assertThat(before).startsWith("D");
  }

  @Test
  void recalculating_everyone_gives_each_person_the_tier_their_records_give() {
    as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.MAPP, null, TODAY, 1, 2, null, null)));
    String nothingRecorded = ((CreateOutcome.Created) as(context, TestUser.COURT,
        () -> people.create(PersonInputs.person(), TestOrganisation.NPS, false, null))).crn().value();
    List<Integer> progress = new java.util.ArrayList<>();

    int calculated = tiers.recalculateEveryone(progress::add);

    assertThat(calculated).isGreaterThanOrEqualTo(2);
    assertThat(progress).isSorted().last().isEqualTo(calculated);
    CurrentTier mappa = as(context, TestUser.SENIOR, () -> tiers.current(crn)).orElseThrow();
    assertThat(mappa.tier().protect().points()).isEqualTo(150);
    assertThat(mappa.tier().code()).as("no sentence: no mandate for change").isEqualTo("A0");
    assertThat(as(context, TestUser.SENIOR, () -> tiers.current(nothingRecorded)).orElseThrow().tier().code())
        .isEqualTo("D0");
  }

  @Test
  void an_approved_override_against_the_policy_is_a_likely_misallocation_and_a_policy_decision_is_not() {
    screening(RoshLevel.LOW, TODAY);
    AllocationCase overridden = sentenced(TODAY);
    long pending = ((DecisionOutcome.AwaitingApproval) decide(overridden,
        new PolicyOverride(Provider.NPS, "The court asked for the NPS"), UUID.randomUUID().toString())).decision().id();
    as(context, TestUser.SENIOR, () -> allocations.review(pending, true, null));
    String other = crn;
    aSentencedPerson();
    screening(RoshLevel.LOW, TODAY);
    AllocationCase byPolicy = sentenced(TODAY);
    decide(byPolicy, null, UUID.randomUUID().toString());

    List<LikelyMisallocation> found = as(context, TestUser.SENIOR, () -> misallocations.between(TODAY.minusDays(1), TODAY));

    assertThat(found).filteredOn(m -> m.decision().crn().equals(other)).singleElement().satisfies(m -> {
      assertThat(m.direction()).isEqualTo(LikelyMisallocation.Direction.CRC_CASE_AT_NPS);
      assertThat(m.why()).contains("The court asked for the NPS");
    });
    assertThat(found).noneMatch(m -> m.decision().crn().equals(crn));
    assertThat(as(context, TestUser.SENIOR, () -> misallocations.between(TODAY.plusDays(1), TODAY.plusDays(2))))
        .noneMatch(m -> m.decision().crn().equals(other));
  }
}
