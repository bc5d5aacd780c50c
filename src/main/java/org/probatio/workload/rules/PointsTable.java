package org.probatio.workload.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The points table in force from a date: points by tier and case type, points per report, the nominal
 * target (the points a practitioner on the grade's default hours is expected to hold) and the default
 * contracted hours of each grade, keyed by the grade's code ("PO", "PQIP", "PSO"). The version is the
 * id under which the configuration is stored, so a figure worked out with it can be explained later.
 */
public record PointsTable(long version, LocalDate effectiveFrom, TierPoints cases, Map<ReportKind, Integer> reports,
    int nominalTarget, Map<String, BigDecimal> defaultHours) {

  public static final int MAX_POINTS = 999;
  public static final int MAX_TARGET = 9999;
  public static final BigDecimal MIN_HOURS = BigDecimal.ONE;
  public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(60);

  public static final Map<ReportKind, Integer> REFERENCE_REPORTS = reports(138, 65, 120);
  public static final int REFERENCE_TARGET = 2176;
  public static final Map<String, BigDecimal> REFERENCE_HOURS = hours(Map.of(
      "PO", new BigDecimal("37.0"), "PQIP", new BigDecimal("37.0"), "PSO", new BigDecimal("37.0")));

  public PointsTable {
    reports = Collections.unmodifiableMap(new EnumMap<>(reports));
    defaultHours = hours(defaultHours);
    for (ReportKind kind : ReportKind.SCORED) {
      if (!reports.containsKey(kind)) {
        throw new IllegalArgumentException("the points table needs points for each of " + ReportKind.SCORED + ": " + kind
            + " is missing");
      }
    }
  }

  /** The reference figures as a table with this version and date. */
  public static PointsTable reference(long version, LocalDate effectiveFrom) {
    return new PointsTable(version, effectiveFrom, TierPoints.REFERENCE, REFERENCE_REPORTS, REFERENCE_TARGET,
        REFERENCE_HOURS);
  }

  /** Standard, fast and parole report points. */
  public static Map<ReportKind, Integer> reports(int standard, int fast, int parole) {
    Map<ReportKind, Integer> reports = new EnumMap<>(ReportKind.class);
    reports.put(ReportKind.STANDARD, standard);
    reports.put(ReportKind.FAST, fast);
    reports.put(ReportKind.PAROLE, parole);
    return Collections.unmodifiableMap(reports);
  }

  /** The points a case of this tier and type counts. */
  public int pointsFor(TierCode tier, CaseType type) {
    return cases.pointsFor(tier, type);
  }

  /** The points a report counts; an oral report counts as a fast one. */
  public int pointsFor(ReportKind kind) {
    return reports.get(kind.countsAs());
  }

  /** The problem with each value outside its range, keyed by the field it came from; empty when every value is allowed. */
  public static Map<String, String> problems(TierPoints cases, Map<ReportKind, Integer> reports, int nominalTarget,
      Map<String, BigDecimal> defaultHours) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (String row : TierPoints.ROWS) {
      for (CaseType type : CaseType.values()) {
        int points = cases.points(row, type);
        if (points < 0 || points > MAX_POINTS) {
          problems.put(caseField(row, type), "Points for " + TierPoints.cell(row, type) + " must be from 0 to " + MAX_POINTS);
        }
      }
    }
    for (ReportKind kind : ReportKind.SCORED) {
      Integer points = reports.get(kind);
      if (points == null || points < 0 || points > MAX_POINTS) {
        problems.put(reportField(kind), "Points for a " + kind.label().toLowerCase(java.util.Locale.ROOT)
            + " must be from 0 to " + MAX_POINTS);
      }
    }
    if (nominalTarget < 1 || nominalTarget > MAX_TARGET) {
      problems.put(TARGET_FIELD, "The nominal target must be from 1 to " + MAX_TARGET + " points");
    }
    if (defaultHours.isEmpty()) {
      problems.put(HOURS_FIELD, "Enter the default contracted hours of at least one grade");
    }
    new TreeMap<>(defaultHours).forEach((grade, hours) -> {
      if (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
        problems.put(hoursField(grade), "Default hours for " + grade + " must be from 1 to 60, to at most one decimal place");
      }
    });
    return problems;
  }

  public static final String TARGET_FIELD = "target";
  public static final String HOURS_FIELD = "hours";

  /** The field a case figure is entered in, as in "points-B3-CUSTODY". */
  public static String caseField(String row, CaseType type) {
    return "points-" + row + "-" + type.name();
  }

  public static String reportField(ReportKind kind) {
    return "report-" + kind.name();
  }

  public static String hoursField(String grade) {
    return "hours-" + grade;
  }

  private static Map<String, BigDecimal> hours(Map<String, BigDecimal> hours) {
    return Collections.unmodifiableMap(new TreeMap<>(hours));
  }
}
