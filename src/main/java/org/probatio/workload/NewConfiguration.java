package org.probatio.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.probatio.workload.rules.GradeRules;
import org.probatio.workload.rules.PointsTable;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.TierPoints;

/**
 * A new version of the whole workload configuration as an administrator proposes it: the date it takes
 * effect, a note saying why, and every figure and rule. {@link WorkloadConfigurations} checks it.
 */
public record NewConfiguration(LocalDate effectiveFrom, String note, TierPoints cases, Map<ReportKind, Integer> reports,
    int nominalTarget, Map<String, BigDecimal> defaultHours, GradeRules gradeRules) {

  public NewConfiguration {
    reports = Map.copyOf(reports);
    defaultHours = Map.copyOf(defaultHours);
  }

  /** A proposal with the same figures and rules as a version, to change from there. */
  public static NewConfiguration from(WorkloadConfiguration version, LocalDate effectiveFrom, String note) {
    PointsTable points = version.points();
    return new NewConfiguration(effectiveFrom, note, points.cases(), points.reports(), points.nominalTarget(),
        points.defaultHours(), version.gradeRules());
  }

  /** The figures as a points table with this version's id once it is stored. */
  public PointsTable points(long version) {
    return new PointsTable(version, effectiveFrom, cases, reports, nominalTarget, defaultHours);
  }
}
