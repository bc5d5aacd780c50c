package org.probatio.workload.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probatio.workforce.ReductionsChanged;
import org.probatio.workforce.StaffChanged;
import org.probatio.workload.PractitionerAllocated;
import org.probatio.workload.PractitionerAllocationEnded;
import org.probatio.workload.WorkloadConfigurationChanged;
import org.probatio.workload.Workloads;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the workload figures current after each change that moves them, in its own transaction once
 * the change has committed: a case given to or taken from a practitioner, a member of staff's record or
 * reductions, and a new workload configuration that is already in force (one from a later day is
 * picked up by the nightly recompute on that day). Tier and report changes refresh their own figures.
 */
@Component
class FiguresKeptCurrent {

  private final Workloads workloads;
  private final Clock clock;

  FiguresKeptCurrent(Workloads workloads, Clock clock) {
    this.workloads = workloads;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(PractitionerAllocated allocated) {
    List<String> affected = new ArrayList<>(List.of(allocated.staffCode()));
    if (allocated.previousStaffCode() != null) {
      affected.add(allocated.previousStaffCode());
    }
    workloads.refresh(affected);
  }

  @ApplicationModuleListener
  void on(PractitionerAllocationEnded ended) {
    workloads.refresh(List.of(ended.staffCode()));
  }

  @ApplicationModuleListener
  void on(StaffChanged changed) {
    workloads.refresh(List.of(changed.staffCode()));
  }

  @ApplicationModuleListener
  void on(ReductionsChanged changed) {
    workloads.refresh(List.of(changed.staffCode()));
  }

  @ApplicationModuleListener
  void on(WorkloadConfigurationChanged changed) {
    if (!changed.effectiveFrom().isAfter(LocalDate.now(clock))) {
      workloads.recomputeEveryone(done -> { });
    }
  }
}
