package org.probatio.workload.internal;

import org.probatio.court.ReportCompleted;
import org.probatio.court.ReportStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reports each member of staff writes, as court starts and completes them. A report with no
 * named author (started by a user who is not on the staff list) is on nobody's workload.
 */
@Component
class ReportsFromCourt {

  private final WorkloadReportRepository repository;

  ReportsFromCourt(WorkloadReportRepository repository) {
    this.repository = repository;
  }

  @ApplicationModuleListener
  void on(ReportStarted started) {
    if (started.authorStaffCode() != null) {
      repository.started(started.reportId(), started.crn(), started.authorStaffCode(), started.type(),
          started.requestedAt());
    }
  }

  @ApplicationModuleListener
  void on(ReportCompleted completed) {
    repository.completed(completed.reportId(), completed.completedAt());
  }
}
