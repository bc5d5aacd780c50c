package org.probatio.workload;

import java.time.LocalDate;
import org.probatio.workload.rules.GradeRules;
import org.probatio.workload.rules.PointsTable;

/**
 * One version of the workload configuration with its figures: the points table (whose version and date
 * are this version's id and effective date) and the grade rules. Hand {@link #points()} to
 * {@link org.probatio.workload.rules.WorkloadCalculator} and {@link #gradeRules()} to a grade check.
 */
public record WorkloadConfiguration(WorkloadConfigurationVersion version, PointsTable points, GradeRules gradeRules) {

  public long id() {
    return version.id();
  }

  public LocalDate effectiveFrom() {
    return version.effectiveFrom();
  }
}
