package org.probatio.workload.internal;

import java.util.List;
import org.probatio.court.ReportCompleted;
import org.probatio.court.ReportStarted;
import org.probatio.workload.Workloads;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reports each member of staff writes, as court starts and completes them. A report with no
 * named author (started by a user who is not on the staff list) is on nobody's workload.
 */
@Component
class ReportsFromCourt {

  private final WorkloadReportRepository repository;
  private final Workloads workloads;

  ReportsFromCourt(WorkloadReportRepository repository, Workloads workloads) {
    this.repository = repository;
    this.workloads = workloads;
  }

  @ApplicationModuleListener
  void on(ReportStarted started) {
    String author = started.authorStaffCode();
    if (author != null) {
      repository.started(started.reportId(), started.crn(), author, started.type(), started.requestedAt());
      workloads.refresh(List.of(author));
    }
  }

  @ApplicationModuleListener
  void on(ReportCompleted completed) {
    repository.completed(completed.reportId(), completed.completedAt());
  }
}
