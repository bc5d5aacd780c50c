package org.probatio.workload;

import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationFixtures;
import org.probatio.risk.RoshLevel;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Grade;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffFixtures;
import org.springframework.context.ApplicationContext;

/**
 * A new NPS team for the workload pages, API and caseload picture: a full-time probation officer with
 * a 1.8-hour reduction (2070 available points) holding one case of RoSH high, a probation services
 * officer holding one such case on a grade override, and an administrator.
 */
public final class CaseloadFixtures {

  static final Duration PATIENCE = Duration.ofSeconds(20);

  public final String team;
  public final String officer;
  public final String officerCrn;
  public final String pso;
  public final String psoCrn;
  public final String admin;
  public final ProviderCase officerCase;

  public CaseloadFixtures(ApplicationContext context) {
    StaffFixtures staff = new StaffFixtures(context);
    team = staff.team();
    officer = staff.member(team, "37");
    StaffFixtures.saved(staff.asAdmin(() -> context.getBean(Reductions.class).add(officer,
        StaffFixtures.reduction(ReductionKind.HOURS, "1.8", LocalDate.now().minusDays(7), null), null)));
    pso = staff.member(withGrade(Grade.PSO));
    admin = staff.member(withGrade(Grade.ADMIN));
    officerCrn = new AllocationFixtures(context).person();
    officerCase = give(context, officer, officerCrn, null);
    psoCrn = new AllocationFixtures(context).person();
    give(context, pso, psoCrn, "Known to her from a previous order; she has the history with the family");
    Workloads workloads = context.getBean(Workloads.class);
    await().atMost(PATIENCE).until(() -> workloads.figures(List.of(officer, pso)).values().stream()
        .filter(f -> f.cases() == 1 && (!f.staffCode().equals(officer)
            || f.reductionHours().compareTo(new BigDecimal("1.8")) == 0)).count() == 2);
  }

  private StaffDetails withGrade(Grade grade) {
    StaffDetails d = StaffFixtures.details(team);
    return new StaffDetails(d.forename(), d.surname(), grade, team, null, d.contractedHours(), d.startDate(), null);
  }

  /** A RoSH-high case sentenced, allocated to the NPS and then to the practitioner, with an override reason if given. */
  private static ProviderCase give(ApplicationContext context, String staffCode, String crn,
      @Nullable String overrideReason) {
    ProviderCase held = new ProviderCaseFixtures(context).held(crn, RoshLevel.HIGH);
    PractitionerAllocations practitioners = context.getBean(PractitionerAllocations.class);
    PractitionerOutcome outcome = as(context, TestUser.SENIOR, () -> practitioners.allocate(held.id(),
        new PractitionerChoice(staffCode, "Room on the caseload", false, null, overrideReason, null, null, null,
            UUID.randomUUID().toString())));
    if (!(outcome instanceof PractitionerOutcome.Allocated)) {
      throw new AssertionError("Expected the case allocated, but: " + outcome);
    }
    return held;
  }
}
