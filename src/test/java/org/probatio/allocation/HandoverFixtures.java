package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.context.ApplicationContext;

/**
 * A fresh low-risk person at the NPS court, allocated by the allocator to the CRC, and the handover
 * that follows: each test says only what matters to it.
 */
public final class HandoverFixtures {

  static final Duration PATIENCE = Duration.ofSeconds(15);

  private final ApplicationContext context;

  public HandoverFixtures(ApplicationContext context) {
    this.context = context;
    TestOrganisation.ensureLoaded(context);
  }

  /** A new person at the NPS court with a low RoSH screening completed today. */
  public String lowRiskPerson() {
    String crn = ((CreateOutcome.Created) as(context, TestUser.COURT, () -> context.getBean(People.class)
        .create(PersonInputs.person(), TestOrganisation.NPS, false, null))).crn().value();
    RecordOutcome screened = as(context, TestUser.COURT, () -> context.getBean(RoshAssessments.class).record(crn,
        new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT, new RoshLevels(RoshLevel.LOW,
            RoshLevel.LOW, RoshLevel.LOW, RoshLevel.LOW, null, null, null, null, null), LocalDate.now(), null)));
    assertThat(screened).isInstanceOf(RecordOutcome.Recorded.class);
    return crn;
  }

  /**
   * Opens a case for a sentence passed yesterday (so a first appointment can come before today's handover)
   * and has the allocator decide it: a low-risk case goes to the CRC.
   */
  public AllocationDecision allocated(String crn) {
    Allocations allocations = context.getBean(Allocations.class);
    AllocationCase c = new AllocationFixtures(context).sentenced(crn, LocalDate.now().minusDays(1));
    DecisionOutcome outcome = as(context, TestUser.ALLOCATOR,
        () -> allocations.decide(c.id(), c.version(), null, UUID.randomUUID().toString()));
    assertThat(outcome).isInstanceOf(DecisionOutcome.Allocated.class);
    return ((DecisionOutcome.Allocated) outcome).decision();
  }

  /** A low-risk person allocated to the CRC, and the handover delivered to it. */
  public Handover handedToCrc() {
    String crn = lowRiskPerson();
    allocated(crn);
    return delivered(crn, TestUser.CRC_PRACTITIONER);
  }

  /** Waits for the person's first handover that the user may see. */
  public Handover delivered(String crn, TestUser user) {
    return deliveries(crn, user, 1).get(0);
  }

  /** Waits until the user may see this many of the person's handovers; newest first. */
  public List<Handover> deliveries(String crn, TestUser user, int count) {
    Handovers handovers = context.getBean(Handovers.class);
    await().atMost(PATIENCE).until(() -> as(context, user, () -> handovers.forPerson(crn)).orElse(List.of()).size() >= count);
    return as(context, user, () -> handovers.forPerson(crn)).orElseThrow();
  }

  /** Waits for the handover's review task. */
  public ReviewTask reviewTask(long handoverId) {
    Handovers handovers = context.getBean(Handovers.class);
    await().atMost(PATIENCE).until(() -> as(context, TestUser.CRC_PRACTITIONER,
        () -> handovers.reviewTaskFor(handoverId)).isPresent());
    return as(context, TestUser.CRC_PRACTITIONER, () -> handovers.reviewTaskFor(handoverId)).orElseThrow();
  }
}
