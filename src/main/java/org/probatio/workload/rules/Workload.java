package org.probatio.workload.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A practitioner's measured workload with its full breakdown: each case's points and the cell of the
 * table that gave them, each report's points, the available points and how they were reached, capacity,
 * case counts by tier and by case type, and the version and date of the points table used, so the
 * figure can be explained and worked out again later.
 *
 * @param casesByTier cases by tier code in table order ("A3" ... "D0", S tiers after their supervised
 *     tier), with cases not yet tiered under {@link #NOT_TIERED}; only tiers held are listed
 * @param casesByType cases by case type, every type listed
 */
public record Workload(long configurationVersion, LocalDate configurationEffectiveFrom, String grade,
    BigDecimal contractedHours, BigDecimal reductionHours, BigDecimal defaultHours, int nominalTarget, int availablePoints,
    List<CaseScore> cases, List<ReportScore> reports, int points, Map<String, Integer> casesByTier,
    Map<CaseType, Integer> casesByType) {

  /** The key under which cases not yet tiered are counted. */
  public static final String NOT_TIERED = "none";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public Workload {
    cases = List.copyOf(cases);
    reports = List.copyOf(reports);
    casesByTier = Collections.unmodifiableMap(new LinkedHashMap<>(casesByTier));
    casesByType = Collections.unmodifiableMap(new LinkedHashMap<>(casesByType));
  }

  public Capacity capacity() {
    return new Capacity(points, availablePoints);
  }

  /** How the figure was reached, a line for the total, the available points, and each case and report. */
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add("Workload " + points + " points, capacity " + capacity() + ", with the points table version "
        + configurationVersion + " in force from " + DAY.format(configurationEffectiveFrom));
    lines.add("Available points " + availablePoints + ": " + WorkloadCalculator.availablePointsRule(nominalTarget,
        contractedHours, reductionHours, defaultHours));
    cases.forEach(score -> lines.add("  " + score));
    reports.forEach(score -> lines.add("  " + score));
    return List.copyOf(lines);
  }

  @Override
  public String toString() {
    return String.join("\n", explanation());
  }
}
