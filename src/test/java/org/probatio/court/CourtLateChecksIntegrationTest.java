package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.security.LimitedAccess;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CourtLateChecksIntegrationTest {

  static final List<String> AUTHOR = List.of(TestUser.COURT.staffCode);

  @Autowired ApplicationContext context;
  @Autowired Reports reports;
  @Autowired PartnerChecks checks;
  @Autowired JdbcClient jdbc;
  @Autowired LimitedAccess limitedAccess;
  @Autowired TransactionTemplate transaction;

  HearingFixtures fixtures;
  String crn;
  long report;

  @BeforeEach
  void aReportWhosePoliceCheckIsLate() {
    fixtures = new HearingFixtures(context);
    crn = fixtures.person();
    report = fixtures.started(fixtures.listed(crn), ReportType.ORAL);
    jdbc.sql("update court_partner_check set due_at = now() - interval '1 hour' where report_id = ? and kind = ?")
        .params(report, CheckKind.POLICE_DOMESTIC_ABUSE.name()).update();
  }

  List<LateCheck> mine(List<LateCheck> late) {
    return late.stream().filter(l -> l.check().reportId() == report).toList();
  }

  @Test
  void a_late_check_is_shown_on_the_report_and_to_its_author() {
    PreSentenceReport read = as(context, TestUser.COURT, () -> reports.report(report)).orElseThrow();
    assertThat(read.lateChecks()).extracting(PartnerCheck::kind).containsExactly(CheckKind.POLICE_DOMESTIC_ABUSE);

    List<LateCheck> late = mine(as(context, TestUser.COURT, () -> checks.late(AUTHOR)));
    assertThat(late).singleElement().satisfies(l -> {
      assertThat(l.person().crn()).isEqualTo(crn);
      assertThat(l.reportType()).isEqualTo(ReportType.ORAL);
      assertThat(l.authorName()).isEqualTo("Test Court");
      assertThat(l.check().escalatedAt()).isNull();
    });
  }

  @Test
  void a_late_check_is_escalated_the_first_time_the_senior_practitioner_is_shown_it_and_keeps_that_time() {
    Instant before = Instant.now().minusSeconds(1);
    LateCheck first = mine(as(context, TestUser.SENIOR, () -> checks.escalate(AUTHOR))).get(0);
    assertThat(first.check().escalatedAt()).isAfter(before);
    Instant stored = jdbc.sql("select escalated_at from court_partner_check where id = ?").param(first.check().id())
        .query(java.sql.Timestamp.class).single().toInstant();

    LateCheck again = mine(as(context, TestUser.SENIOR, () -> checks.escalate(AUTHOR))).get(0);
    assertThat(again.check().escalatedAt()).isEqualTo(stored);
  }

  @Test
  void an_answered_check_is_no_longer_late() {
    PartnerCheck police = as(context, TestUser.COURT, () -> checks.checks(report)).get(0);
    as(context, TestUser.COURT, () -> checks.respond(police.id(),
        new CheckResponse(CheckOutcome.NO_CONCERNS, null, null, "DC Jones"), police.version()));

    assertThat(mine(as(context, TestUser.SENIOR, () -> checks.escalate(AUTHOR)))).isEmpty();
    PartnerCheck answered = as(context, TestUser.COURT, () -> checks.checks(report)).get(0);
    assertThat(answered.late()).isFalse();
    assertThat(answered.answeredLate()).isTrue();
  }

  @Test
  void a_limited_access_case_is_listed_without_its_details_and_other_providers_see_nothing() {
    transaction.executeWithoutResult(s -> limitedAccess.set(
        new LimitedAccess.AccessLists(crn, "Sam Senior", null, Set.of("senior"), Set.of())));
    assertThat(mine(as(context, TestUser.SENIOR, () -> checks.escalate(AUTHOR)))).singleElement()
        .satisfies(l -> assertThat(l.person().limited()).isTrue());
    assertThat(mine(as(context, TestUser.CRC_PRACTITIONER, () -> checks.late(AUTHOR)))).isEmpty();
  }
}
