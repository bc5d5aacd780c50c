package org.probatio.workload.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Workload measurement as pure functions. A case counts the points in its tier's row and case type's
 * column of the table in force (an S tier, the S row); a report, its kind's points (an oral report, a
 * fast one's). Available points = floor(nominal target x (contracted hours - reduction hours) / the
 * grade's default hours), never below 0.
 */
public final class WorkloadCalculator {

  private WorkloadCalculator() {
  }

  public static Workload calculate(PointsTable table, WorkloadInput input) {
    BigDecimal defaultHours = defaultHours(table, input.grade());
    int available = availablePoints(table.nominalTarget(), input.contractedHours(), input.reductionHours(), defaultHours);
    List<CaseScore> cases = new ArrayList<>(input.cases().size());
    Map<TierCode, Integer> byTier = new TreeMap<>();
    int notTiered = 0;
    Map<CaseType, Integer> byType = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      byType.put(type, 0);
    }
    int points = 0;
    for (WorkloadCase held : input.cases()) {
      CaseScore score = score(table, held);
      cases.add(score);
      points += score.points();
      byType.merge(held.type(), 1, Integer::sum);
      String tier = held.tier();
      if (tier == null) {
        notTiered++;
      } else {
        byTier.merge(TierCode.of(tier), 1, Integer::sum);
      }
    }
    List<ReportScore> reports = new ArrayList<>(input.reports().size());
    for (WorkloadReport report : input.reports()) {
      ReportScore score = score(table, report);
      reports.add(score);
      points += score.points();
    }
    Map<String, Integer> casesByTier = new java.util.LinkedHashMap<>();
    byTier.forEach((tier, count) -> casesByTier.put(tier.code(), count));
    if (notTiered > 0) {
      casesByTier.put(Workload.NOT_TIERED, notTiered);
    }
    return new Workload(table.version(), table.effectiveFrom(), input.grade(), input.contractedHours(),
        input.reductionHours(), defaultHours, table.nominalTarget(), available, cases, reports, points, casesByTier, byType);
  }

  /** Capacity now and after taking one more case, as the choose-practitioner screen shows it. */
  public static CapacityAfter capacityAfter(PointsTable table, Capacity now, WorkloadCase next) {
    CaseScore added = score(table, next);
    return new CapacityAfter(now, added, now.plus(added.points()));
  }

  /** A case's points and the cell that gave them; a case not yet tiered counts none. */
  public static CaseScore score(PointsTable table, WorkloadCase held) {
    String code = held.tier();
    if (code == null) {
      return new CaseScore(held.crn(), null, held.type(), 0, "not yet tiered: no points until the case has a tier");
    }
    TierCode tier = TierCode.of(code);
    return new CaseScore(held.crn(), tier.code(), held.type(), table.pointsFor(tier, held.type()),
        TierPoints.cell(tier, held.type()));
  }

  public static ReportScore score(PointsTable table, WorkloadReport report) {
    ReportKind kind = report.kind();
    int points = table.pointsFor(kind);
    String rule = kind == kind.countsAs() ? kind.label() + ": " + points + " points"
        : kind.label() + ": counted as " + kind.countsAs().label().toLowerCase(java.util.Locale.ROOT) + ", " + points
            + " points";
    return new ReportScore(report.crn(), kind, points, rule);
  }

  /**
   * floor(target x (contracted - reductions) / default hours), worked in exact decimals; reductions beyond
   * the contracted hours leave no hours, so never below 0.
   */
  public static int availablePoints(int nominalTarget, BigDecimal contractedHours, BigDecimal reductionHours,
      BigDecimal defaultHours) {
    if (defaultHours.signum() <= 0) {
      throw new IllegalArgumentException("default hours must be more than 0, not " + defaultHours);
    }
    BigDecimal hours = contractedHours.subtract(reductionHours).max(BigDecimal.ZERO);
    return BigDecimal.valueOf(nominalTarget).multiply(hours).divide(defaultHours, 0, RoundingMode.FLOOR).intValueExact();
  }

  /** As in "2176 x (37.0 - 1.8) / 37.0, rounded down". */
  static String availablePointsRule(int nominalTarget, BigDecimal contractedHours, BigDecimal reductionHours,
      BigDecimal defaultHours) {
    String rule = "nominal target " + nominalTarget + " x (contracted hours " + contractedHours.toPlainString()
        + " - reduction hours " + reductionHours.toPlainString() + ") / default hours " + defaultHours.toPlainString()
        + ", rounded down";
    return reductionHours.compareTo(contractedHours) > 0 ? rule + "; reductions cover all the contracted hours" : rule;
  }

  private static BigDecimal defaultHours(PointsTable table, String grade) {
    @Nullable BigDecimal hours = table.defaultHours().get(grade);
    if (hours == null) {
      throw new IllegalArgumentException("the points table version " + table.version() + " has no default contracted hours"
          + " for grade " + grade + ", only for " + table.defaultHours().keySet());
    }
    return hours;
  }
}
