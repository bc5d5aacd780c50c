package org.probatio.workload.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Parsed;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;
import org.probatio.workload.NewConfiguration;
import org.probatio.workload.WorkloadConfiguration;
import org.probatio.workload.WorkloadConfigurations;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.GradeCriterion;
import org.probatio.workload.rules.GradeRules;
import org.probatio.workload.rules.PointsTable;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.TierPoints;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A new version of the workload configuration as typed: every figure is a field named as
 * {@link PointsTable} names it ("points-B3-CUSTODY", "report-FAST", "target", "hours-PO"), the grade rules
 * are checkboxes ("restrictedGrades", "criteria") and a list of register codes, and the effective date is
 * the GOV.UK date input ("effectiveFromDay" ...). What was typed is kept as typed, so a page with errors
 * shows it again, and the confirmation page carries it in hidden fields.
 */
final class ConfigurationForm {

  static final String CRITERIA = "criteria";
  private static final String DAY = WorkloadConfigurations.EFFECTIVE_FROM + "Day";
  private static final String MONTH = WorkloadConfigurations.EFFECTIVE_FROM + "Month";
  private static final String YEAR = WorkloadConfigurations.EFFECTIVE_FROM + "Year";

  private final MultiValueMap<String, String> values;
  private final List<String> grades;

  private ConfigurationForm(MultiValueMap<String, String> values, List<String> grades) {
    this.values = values;
    this.grades = grades;
  }

  /** The form as submitted, for the grades whose default hours the configuration holds. */
  static ConfigurationForm submitted(MultiValueMap<String, String> submitted, List<String> grades) {
    MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
    submitted.forEach((name, typed) -> {
      if (!name.startsWith("_")) { // not the CSRF token
        kept.put(name, List.copyOf(typed));
      }
    });
    return new ConfigurationForm(kept, grades);
  }

  /** Prefilled with a version's figures and rules, with no date or note. */
  static ConfigurationForm of(WorkloadConfiguration version) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    PointsTable points = version.points();
    for (String row : TierPoints.ROWS) {
      for (CaseType type : CaseType.values()) {
        values.add(PointsTable.caseField(row, type), String.valueOf(points.cases().points(row, type)));
      }
    }
    points.reports().forEach((kind, value) -> values.add(PointsTable.reportField(kind), String.valueOf(value)));
    values.add(PointsTable.TARGET_FIELD, String.valueOf(points.nominalTarget()));
    points.defaultHours().forEach((grade, hours) -> values.add(PointsTable.hoursField(grade), hours.toPlainString()));
    GradeRules rules = version.gradeRules();
    rules.restrictedGrades().forEach(grade -> values.add(WorkloadConfigurations.RESTRICTED_GRADES, grade));
    rules.criteria().forEach(criterion -> values.add(CRITERIA, criterion.name()));
    values.add(WorkloadConfigurations.REGISTER_CODES, String.join(" ", rules.registerCodes()));
    return new ConfigurationForm(values, List.copyOf(points.defaultHours().keySet()));
  }

  /** What was typed in a field, "" when nothing. */
  public String value(String name) {
    String value = values.getFirst(name);
    return value == null ? "" : value;
  }

  public boolean checked(String name, String value) {
    List<String> chosen = values.get(name);
    return chosen != null && chosen.contains(value);
  }

  /** The grades with a default hours field, in order. */
  public List<String> grades() {
    return grades;
  }

  /** Every name and value, for the confirmation page's hidden fields. */
  public List<Map.Entry<String, String>> entries() {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    values.forEach((name, typed) -> typed.forEach(value -> entries.add(Map.entry(name, value))));
    return entries;
  }

  /** The proposed version, or null with each problem of what was typed added to the errors. The service checks the rest. */
  @Nullable NewConfiguration read(FormErrors errors) {
    LocalDate from = date(errors);
    int[][] cells = new int[TierPoints.ROWS.size()][CaseType.values().length];
    for (int row = 0; row < cells.length; row++) {
      for (CaseType type : CaseType.values()) {
        String rowName = TierPoints.ROWS.get(row);
        cells[row][type.ordinal()] = whole(PointsTable.caseField(rowName, type), "points for "
            + TierPoints.cell(rowName, type), errors);
      }
    }
    Map<ReportKind, Integer> reports = new EnumMap<>(ReportKind.class);
    for (ReportKind kind : ReportKind.SCORED) {
      reports.put(kind, whole(PointsTable.reportField(kind), "points for a " + kind.label().toLowerCase(Locale.UK),
          errors));
    }
    int target = whole(PointsTable.TARGET_FIELD, "the nominal target", errors);
    Map<String, BigDecimal> hours = new TreeMap<>();
    for (String grade : grades) {
      hours.put(grade, hours(grade, errors));
    }
    Set<GradeCriterion> criteria = EnumSet.noneOf(GradeCriterion.class);
    for (GradeCriterion criterion : GradeCriterion.values()) {
      if (checked(CRITERIA, criterion.name())) {
        criteria.add(criterion);
      }
    }
    Set<String> restricted = new TreeSet<>(values.getOrDefault(WorkloadConfigurations.RESTRICTED_GRADES, List.of()));
    Set<String> codes = new TreeSet<>();
    for (String code : value(WorkloadConfigurations.REGISTER_CODES).split("[\\s,;]+")) {
      if (!code.isBlank()) {
        codes.add(code.strip().toUpperCase(Locale.ROOT));
      }
    }
    if (from == null || errors.any()) {
      return null;
    }
    return new NewConfiguration(from, value(WorkloadConfigurations.NOTE), new TierPoints(cells), reports, target, hours,
        new GradeRules(restricted, criteria, codes));
  }

  private int whole(String field, String what, FormErrors errors) {
    String typed = value(field).strip();
    if (typed.isEmpty()) {
      errors.add(field, "Enter " + what);
      return 0;
    }
    try {
      return Integer.parseInt(typed);
    } catch (NumberFormatException e) {
      errors.add(field, capitalised(what) + " must be a whole number, like 59");
      return 0;
    }
  }

  private BigDecimal hours(String grade, FormErrors errors) {
    String field = PointsTable.hoursField(grade);
    String typed = value(field).strip();
    if (typed.isEmpty()) {
      errors.add(field, "Enter the default contracted hours for " + grade);
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(typed);
    } catch (NumberFormatException e) {
      errors.add(field, "Default hours for " + grade + " must be a number of hours, like 37 or 37.5");
      return BigDecimal.ZERO;
    }
  }

  /** The GOV.UK date input read as the person record reads its dates, with the same messages. */
  private @Nullable LocalDate date(FormErrors errors) {
    String field = WorkloadConfigurations.EFFECTIVE_FROM;
    Parsed<LocalDate> read = new DateInput(value(DAY), value(MONTH), value(YEAR)).read("Date the new version takes effect");
    if (read instanceof Parsed.Invalid<LocalDate> invalid) {
      errors.add(field, invalid.message(), field + (invalid.message().startsWith("Year") ? "-year" : "-day"));
      return null;
    }
    return ((Parsed.Valid<LocalDate>) read).value();
  }

  /** Adds the service's problems to the errors, each linked to its field. */
  void addProblems(Map<String, String> problems, FormErrors errors) {
    problems.forEach((field, message) -> errors.add(field, message, anchor(field)));
  }

  private String anchor(String field) {
    if (field.equals(WorkloadConfigurations.EFFECTIVE_FROM)) {
      return field + "-day";
    }
    return field.equals(PointsTable.HOURS_FIELD) && !grades.isEmpty() ? PointsTable.hoursField(grades.get(0)) : field;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
