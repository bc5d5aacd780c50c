package org.probatio.workload.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.workload.WorkloadBreakdown;
import org.probatio.workload.rules.Workload;

/**
 * A practitioner's workload as the API gives it: points against available points, capacity %, and
 * each case and report with its points, worked out now with the configuration version named.
 */
record WorkloadSummary(String staffCode, String grade, BigDecimal contractedHours, BigDecimal reductionHours,
    int availablePoints, int points, @Nullable BigDecimal capacityPercent, List<CaseSummary> cases,
    List<ReportSummary> reports, long configurationVersion) {

  /** One case held: its tier (null until tiered), case type (COMMUNITY, LICENCE or CUSTODY) and points. */
  record CaseSummary(String crn, @Nullable String tier, String caseType, int points) {}

  /** One report counted: its type (STANDARD, FAST, ORAL or PAROLE) and points. */
  record ReportSummary(String type, int points) {}

  static WorkloadSummary of(WorkloadBreakdown breakdown) {
    Workload w = breakdown.workload();
    return new WorkloadSummary(breakdown.staff().code(), w.grade(), w.contractedHours(), w.reductionHours(),
        w.availablePoints(), w.points(), w.capacity().percent(),
        w.cases().stream().map(c -> new CaseSummary(c.crn(), c.tier(), c.type().name(), c.points())).toList(),
        w.reports().stream().map(r -> new ReportSummary(r.kind().name(), r.points())).toList(),
        w.configurationVersion());
  }
}
