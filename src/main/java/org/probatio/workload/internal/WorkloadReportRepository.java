package org.probatio.workload.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.probatio.court.ReportType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports in {@code workload_report}. */
@Repository
public class WorkloadReportRepository {

  private final JdbcClient jdbc;

  WorkloadReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a started report; the same event twice changes nothing. */
  public void started(long reportId, String crn, String staffCode, ReportType type, Instant requestedAt) {
    jdbc.sql("""
            insert into workload_report (report_id, crn, staff_code, type, requested_at) values (?, ?, ?, ?, ?)
            on conflict (report_id) do nothing""")
        .params(reportId, crn, staffCode, type.name(), Timestamp.from(requestedAt)).update();
  }

  public void completed(long reportId, Instant completedAt) {
    jdbc.sql("update workload_report set completed_at = ? where report_id = ?")
        .params(Timestamp.from(completedAt), reportId).update();
  }
}
