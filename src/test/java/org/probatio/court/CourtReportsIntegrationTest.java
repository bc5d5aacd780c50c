package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.court.HearingFixtures.WRITTEN;
import static org.probatio.support.TestOrganisation.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import java.util.Set;
import org.probatio.people.FieldError;
import org.probatio.security.LimitedAccess;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class CourtReportsIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Reports reports;
  @Autowired PartnerChecks checks;
  @Autowired AuditTrail audit;
  @Autowired CourtRecords records;
  @Autowired LimitedAccess limitedAccess;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationEvents events;

  HearingFixtures fixtures;
  String crn;
  long hearing;

  @BeforeEach
  void aPersonListedToday() {
    fixtures = new HearingFixtures(context);
    crn = fixtures.person();
    hearing = fixtures.listed(crn);
  }

  PreSentenceReport read(long id) {
    return as(context, TestUser.COURT, () -> reports.report(id)).orElseThrow();
  }

  CourtOutcome respond(PartnerCheck check, CheckResponse response) {
    return as(context, TestUser.COURT, () -> checks.respond(check.id(), response, check.version()));
  }

  @Test
  void starting_a_report_requests_both_checks_due_when_the_court_day_ends_and_names_the_author() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    long id = fixtures.started(hearing, ReportType.FAST);

    PreSentenceReport report = read(id);
    assertThat(report.authorStaffCode()).isEqualTo(TestUser.COURT.staffCode);
    assertThat(report.authorName()).isEqualTo("Test Court");
    assertThat(report.requestedAt()).isAfterOrEqualTo(before);
    assertThat(report.checks()).extracting(PartnerCheck::kind)
        .containsExactly(CheckKind.POLICE_DOMESTIC_ABUSE, CheckKind.CHILDRENS_SAFEGUARDING);
    Instant due = Deadlines.checkDue(ReportType.FAST, report.requestedAt(), report.dueAt());
    assertThat(report.checks()).allSatisfy(check -> {
      assertThat(check.dueAt()).isEqualTo(due);
      assertThat(check.answered()).isFalse();
      assertThat(check.late()).isFalse();
    });
    assertThat(events.stream(ReportStarted.class)).containsExactly(
        new ReportStarted(id, crn, ReportType.FAST, TestUser.COURT.staffCode, report.requestedAt()));
  }

  @Test
  void a_standard_reports_checks_are_due_with_the_report_and_starting_it_twice_finds_the_first() {
    long id = fixtures.started(hearing, ReportType.STANDARD);
    CourtOutcome again = as(context, TestUser.COURT, () -> reports.start(hearing,
        new NewReport(ReportType.ORAL, null, null)));

    assertThat(again).isEqualTo(new CourtOutcome.Recorded(id, true));
    PreSentenceReport report = read(id);
    assertThat(report.type()).isEqualTo(ReportType.STANDARD);
    assertThat(Deadlines.courtDate(report.dueAt())).isEqualTo(HearingFixtures.courtToday().plusDays(21));
    assertThat(report.checks()).allSatisfy(check -> assertThat(check.dueAt()).isEqualTo(report.dueAt()));
  }

  @Test
  void completion_is_refused_with_everything_missing_then_allowed_once_written_answered_and_screened() {
    long id = fixtures.started(hearing, ReportType.FAST);
    CourtOutcome refused = as(context, TestUser.COURT, () -> reports.complete(id, true, 0));
    assertThat(((CourtOutcome.Invalid) refused).errors()).extracting(FieldError::field)
        .containsExactly("sources", "offenceAnalysis", "riskAndNeeds", "diversity", "personsViews", "proposal",
            "policeDomesticAbuseCheck", "childrensSafeguardingCheck", "roshScreening");

    fixtures.screened(crn);
    assertThat(as(context, TestUser.COURT, () -> reports.saveSections(id, WRITTEN, 0)))
        .isEqualTo(new CourtOutcome.Recorded(id, false));
    List<PartnerCheck> requested = read(id).checks();
    assertThat(respond(requested.get(0), new CheckResponse(CheckOutcome.CONCERNS_SHARED, "Call-out to partner in 2024",
        null, "DC Jones, domestic abuse unit"))).isInstanceOf(CourtOutcome.Recorded.class);
    CourtOutcome stillOne = as(context, TestUser.COURT, () -> reports.complete(id, true, 1));
    assertThat(((CourtOutcome.Invalid) stillOne).errors()).extracting(FieldError::field)
        .containsExactly("childrensSafeguardingCheck");
    assertThat(respond(requested.get(1), new CheckResponse(CheckOutcome.NOT_OBTAINED, null,
        "Children's services duty line closed all afternoon", null))).isInstanceOf(CourtOutcome.Recorded.class);

    assertThat(as(context, TestUser.COURT, () -> reports.complete(id, null, 1)))
        .isEqualTo(new CourtOutcome.Invalid(List.of(new FieldError("deliveredOnDay",
            "Select yes if the report was given to the court on the day of the hearing"))));
    assertThat(events.stream(ReportCompleted.class)).isEmpty();
    assertThat(as(context, TestUser.COURT, () -> reports.complete(id, true, 1))).isEqualTo(new CourtOutcome.Recorded(id, false));
    assertThat(as(context, TestUser.COURT, () -> reports.complete(id, true, 1))).isEqualTo(new CourtOutcome.Recorded(id, true));

    PreSentenceReport done = read(id);
    assertThat(events.stream(ReportCompleted.class)).as("once, with the completion as stored").containsExactly(
        new ReportCompleted(id, crn, ReportType.FAST, TestUser.COURT.staffCode, done.completedAt()));
    assertThat(done.completed()).isTrue();
    assertThat(done.deliveredOnDay()).isTrue();
    assertThat(done.roshAssessmentId()).isNotNull();
    assertThat(done.checks().get(1).notObtainedReason()).isEqualTo("Children's services duty line closed all afternoon");
    assertThat(as(context, TestUser.COURT, () -> reports.saveSections(id, WRITTEN, done.version())))
        .isInstanceOf(CourtOutcome.Invalid.class);
  }

  @Test
  void saving_over_someone_elses_change_is_refused_with_the_current_version() {
    long id = fixtures.started(hearing, ReportType.ORAL);
    as(context, TestUser.COURT, () -> reports.saveSections(id, WRITTEN, 0));
    CourtOutcome blind = as(context, TestUser.ADMIN, () -> reports.saveSections(id,
        new ReportSections("Mine", null, null, null, null, null), 0));

    assertThat(blind).isInstanceOf(CourtOutcome.Stale.class);
    assertThat(((CourtOutcome.Stale) blind).currentVersion()).isEqualTo(1);
    assertThat(read(id).sections()).isEqualTo(WRITTEN);
    PartnerCheck check = read(id).checks().get(0);
    respond(check, new CheckResponse(CheckOutcome.NO_CONCERNS, null, null, "DC Jones"));
    assertThat(respond(check, new CheckResponse(CheckOutcome.CONCERNS_SHARED, "Something", null, "DC Smith")))
        .isInstanceOf(CourtOutcome.Stale.class);
  }

  @Test
  void every_read_and_change_of_the_report_is_audited() {
    long id = fixtures.started(hearing, ReportType.ORAL);
    as(context, TestUser.COURT, () -> reports.saveSections(id, new ReportSections("Interview", null, null, null, null, null), 0));
    read(id);
    as(context, TestUser.ALLOCATOR, () -> reports.latestReport(crn));
    as(context, TestUser.ALLOCATOR, () -> checks.checks(id));

    List<AuditEvent> trail = audit.history("person", crn, 50);
    assertThat(trail).filteredOn(e -> "report".equals(e.details().get("court")))
        .extracting(e -> e.action() + " by " + e.username())
        .containsExactly("VIEW by allocator", "VIEW by court", "UPDATE by court", "CREATE by court");
    assertThat(trail).filteredOn(e -> "checks".equals(e.details().get("court"))).extracting(AuditEvent::username)
        .containsExactly("allocator");
    assertThat(trail).filteredOn(e -> e.action().name().equals("UPDATE") && "report".equals(e.details().get("court")))
        .extracting(e -> e.details().get("sections")).containsExactly(List.of("sources"));
  }

  @Test
  void a_user_kept_out_of_a_limited_access_case_cannot_read_its_report_or_court_record() {
    long id = fixtures.started(hearing, ReportType.ORAL);
    transaction.executeWithoutResult(s -> limitedAccess.set(
        new LimitedAccess.AccessLists(crn, "Sam Senior", null, Set.of("allocator"), Set.of())));
    assertThat(as(context, TestUser.ALLOCATOR, () -> reports.report(id))).isEmpty();
    assertThat(as(context, TestUser.ALLOCATOR, () -> records.of(crn))).isEmpty();
    assertThat(as(context, TestUser.SENIOR, () -> reports.report(id))).isPresent();
  }

  @Test
  void the_author_must_work_for_the_court_teams_provider() {
    CourtOutcome outcome = as(context, TestUser.COURT, () -> reports.start(hearing,
        new NewReport(ReportType.ORAL, null, TestUser.CRC_PRACTITIONER.staffCode)));
    assertThat(((CourtOutcome.Invalid) outcome).errors()).extracting(FieldError::field).containsExactly("author");
    long id = HearingFixtures.recorded(as(context, TestUser.COURT, () -> reports.start(hearing,
        new NewReport(ReportType.ORAL, null, TestUser.SECOND_PRACTITIONER.staffCode))));
    assertThat(read(id).authorName()).isEqualTo("Test Practitioner2");
  }

  @Test
  void staff_of_another_provider_can_neither_read_nor_write_the_report() {
    long id = fixtures.started(hearing, ReportType.ORAL);
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> reports.report(id))).isEmpty();
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> reports.latestReport(crn))).isEmpty();
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> checks.checks(id))).isEmpty();
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> reports.saveSections(id, WRITTEN, 0)))
        .isInstanceOf(CourtOutcome.NotFound.class);
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> reports.start(fixtures.listed(fixtures.person()),
        new NewReport(ReportType.ORAL, null, null)))).isInstanceOf(CourtOutcome.NotFound.class);
  }
}
