package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.probatio.allocation.policy.Provider;
import org.probatio.court.Charge;
import org.probatio.court.CourtOutcome;
import org.probatio.court.CourtSession;
import org.probatio.court.Hearings;
import org.probatio.court.NewHearing;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.Requirement;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentences;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.context.ApplicationContext;

/**
 * A fresh person sentenced at an NPS court, screened and decided as each test needs: each test says only
 * what matters to it. The database is shared, so nothing here counts what other tests made.
 */
public final class AllocationFixtures {

  private static final List<String> COURTS = List.of("Lancaster Magistrates' Court", "Blackpool Magistrates' Court",
      "Burnley Magistrates' Court", "Blackburn Magistrates' Court", "Reedley Magistrates' Court",
      "Wigan Magistrates' Court");
  private static final AtomicInteger hearings = new AtomicInteger();

  private final ApplicationContext context;

  public AllocationFixtures(ApplicationContext context) {
    this.context = context;
    TestOrganisation.ensureLoaded(context);
  }

  /** A new person held by the NPS division. */
  public String person() {
    return ((CreateOutcome.Created) as(context, TestUser.COURT,
        () -> context.getBean(People.class).create(PersonInputs.person(), TestOrganisation.NPS, false, null))).crn().value();
  }

  /** A case opened for a sentence passed today, with the report begun today: a screening from today opens the gate. */
  public AllocationCase sentenced(String crn) {
    return sentenced(crn, LocalDate.now());
  }

  /**
   * A community order with rehabilitation activity days (a mandate for change), passed at a hearing that
   * day without a report, and the case allocation opens for it. Each hearing is at the next of a few
   * courts, because the same person, court, day and session is one hearing with one sentence.
   */
  public AllocationCase sentenced(String crn, LocalDate on) {
    String court = COURTS.get(hearings.getAndIncrement() % COURTS.size());
    long hearing = recorded(as(context, TestUser.COURT, () -> context.getBean(Hearings.class).add(new NewHearing(crn,
        court, on, CourtSession.MORNING, "1", List.of(new Charge("046/00", "Theft from a shop"))))));
    long sentence = recorded(as(context, TestUser.COURT, () -> context.getBean(Sentences.class).record(hearing,
        new NewSentence(OrderType.COMMUNITY_ORDER, 12, on,
            List.of(new Requirement(RequirementType.REHABILITATION_ACTIVITY, 20, null)), null, List.of()))));
    // looked for as system work, which sees every case, limited-access ones included
    return await().atMost(Duration.ofSeconds(15)).until(() -> context.getBean(Allocations.class).awaiting().stream()
        .filter(c -> c.sentenceId() == sentence).findFirst().orElse(null), Objects::nonNull);
  }

  private static long recorded(CourtOutcome outcome) {
    assertThat(outcome).isInstanceOf(CourtOutcome.Recorded.class);
    return ((CourtOutcome.Recorded) outcome).id();
  }

  /**
   * A RoSH screening completed today at the court report stage, replacing any before it; the overall
   * level is its risk to the public, so HIGH sends a case to the NPS under TR-2014 and LOW or MEDIUM to the CRC.
   */
  public void screened(String crn, RoshLevel toPublic) {
    RoshAssessments rosh = context.getBean(RoshAssessments.class);
    RecordOutcome outcome = as(context, TestUser.PRACTITIONER, () -> rosh.record(crn, new NewRoshAssessment(
        AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT,
        new RoshLevels(RoshLevel.LOW, toPublic, RoshLevel.LOW, RoshLevel.LOW, null, null, null, null, null),
        LocalDate.now(), rosh.current(crn).map(RoshAssessment::id).orElse(null))));
    assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
  }

  /** The case decided as the policy says, by the allocator. */
  public AllocationDecision allocated(AllocationCase c) {
    DecisionOutcome outcome = as(context, TestUser.ALLOCATOR, () -> context.getBean(Allocations.class)
        .decide(c.id(), c.version(), null, UUID.randomUUID().toString()));
    assertThat(outcome).isInstanceOf(DecisionOutcome.Allocated.class);
    return ((DecisionOutcome.Allocated) outcome).decision();
  }

  /** An override of the policy, made by this user and waiting for a senior practitioner. */
  public AllocationDecision overridden(AllocationCase c, TestUser by, Provider to) {
    DecisionOutcome outcome = as(context, by, () -> context.getBean(Allocations.class).decide(c.id(), c.version(),
        new PolicyOverride(to, "Known to the other provider from a previous order"), UUID.randomUUID().toString()));
    assertThat(outcome).isInstanceOf(DecisionOutcome.AwaitingApproval.class);
    return ((DecisionOutcome.AwaitingApproval) outcome).decision();
  }
}
