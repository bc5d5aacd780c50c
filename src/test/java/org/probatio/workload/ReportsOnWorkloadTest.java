package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.TestOrganisation.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.probatio.court.CourtOutcome;
import org.probatio.court.HearingFixtures;
import org.probatio.court.NewReport;
import org.probatio.court.ReportType;
import org.probatio.court.Reports;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReportsOnWorkloadTest {

  @Autowired ApplicationContext context;
  @Autowired Reports reports;
  @Autowired JdbcClient jdbc;

  @Test
  void a_report_is_kept_against_its_named_author() {
    HearingFixtures court = new HearingFixtures(context);
    String crn = court.person();
    long hearing = court.listed(crn);
    long authored = ((CourtOutcome.Recorded) as(context, TestUser.COURT, () -> reports.start(hearing,
        new NewReport(ReportType.STANDARD, HearingFixtures.courtToday().plusDays(15), TestUser.PRACTITIONER.staffCode))))
        .id();

    await().atMost(Duration.ofSeconds(15)).until(() -> authorOf(authored) != null);
    assertThat(authorOf(authored)).isEqualTo(TestUser.PRACTITIONER.staffCode);
    assertThat(jdbc.sql("select type from workload_report where report_id = ?").param(authored).query(String.class)
        .single()).isEqualTo("STANDARD");
  }

  String authorOf(long reportId) {
    return jdbc.sql("select staff_code from workload_report where report_id = ?").param(reportId).query(String.class)
        .optional().orElse(null);
  }
}
