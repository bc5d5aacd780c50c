package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.context.ApplicationContext;

/** A fresh person before the court, listed, reported on and screened: each test says only what matters to it. */
public final class HearingFixtures {

  public static final String COURT = "Preston Magistrates' Court";
  public static final ReportSections WRITTEN = new ReportSections("Interview; CPS case papers; police check",
      "Took goods worth £40 to sell for drink", "RoSH medium to the public", "Carer for his mother; no disability",
      "Sorry, and wants help with drinking", "Community order: unpaid work and rehabilitation activity");

  private final ApplicationContext context;

  public HearingFixtures(ApplicationContext context) {
    this.context = context;
    TestOrganisation.ensureLoaded(context);
  }

  public static LocalDate courtToday() {
    return Deadlines.courtDate(Instant.now());
  }

  public static NewHearing hearing(String crn) {
    return new NewHearing(crn, COURT, courtToday(), CourtSession.MORNING, "3",
        List.of(new Charge("046/00", "Theft from a shop")));
  }

  public String person() {
    return ((CreateOutcome.Created) as(context, TestUser.PRACTITIONER,
        () -> context.getBean(People.class).create(PersonInputs.person(), null, false, null))).crn().value();
  }

  public long listed(String crn) {
    return recorded(as(context, TestUser.COURT, () -> context.getBean(Hearings.class).add(hearing(crn))));
  }

  public long started(long hearingId, ReportType type) {
    return recorded(as(context, TestUser.COURT, () -> context.getBean(Reports.class).start(hearingId,
        new NewReport(type, type == ReportType.STANDARD ? courtToday().plusDays(21) : null, null))));
  }

  public void screened(String crn) {
    as(context, TestUser.PRACTITIONER, () -> context.getBean(RoshAssessments.class).record(crn,
        new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT, new RoshLevels(RoshLevel.LOW,
            RoshLevel.MEDIUM, RoshLevel.LOW, RoshLevel.LOW, null, null, null, null, null), LocalDate.now(), null)));
  }

  static long recorded(CourtOutcome outcome) {
    assertThat(outcome).isInstanceOf(CourtOutcome.Recorded.class);
    return ((CourtOutcome.Recorded) outcome).id();
  }
}
