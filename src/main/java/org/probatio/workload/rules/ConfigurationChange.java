package org.probatio.workload.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One value that differs between two workload configurations, in words: what, before and after, as in
 * ("Points for B3 custody", "59", "60"). {@link #between} lists every difference in the order the
 * configuration is laid out, so a new version can be checked before it is saved and audited after.
 */
public record ConfigurationChange(String what, String before, String after) {

  public static List<ConfigurationChange> between(PointsTable before, GradeRules beforeRules, PointsTable after,
      GradeRules afterRules) {
    List<ConfigurationChange> changes = new ArrayList<>();
    for (String row : TierPoints.ROWS) {
      for (CaseType type : CaseType.values()) {
        add(changes, "Points for " + TierPoints.cell(row, type), before.cases().points(row, type),
            after.cases().points(row, type));
      }
    }
    for (ReportKind kind : ReportKind.SCORED) {
      add(changes, "Points for a " + kind.label().toLowerCase(Locale.UK), before.reports().get(kind),
          after.reports().get(kind));
    }
    add(changes, "Nominal target", before.nominalTarget(), after.nominalTarget());
    Set<String> grades = new TreeSet<>(before.defaultHours().keySet());
    grades.addAll(after.defaultHours().keySet());
    for (String grade : grades) {
      add(changes, "Default contracted hours for " + grade, hours(before.defaultHours().get(grade)),
          hours(after.defaultHours().get(grade)));
    }
    add(changes, "Grades the grade rules restrict", list(beforeRules.restrictedGrades()), list(afterRules.restrictedGrades()));
    for (GradeCriterion criterion : GradeCriterion.values()) {
      add(changes, "Grade rule: " + criterion.label(), onOff(beforeRules.criteria().contains(criterion)),
          onOff(afterRules.criteria().contains(criterion)));
    }
    add(changes, "Register codes the grade rules look for", list(beforeRules.registerCodes()),
        list(afterRules.registerCodes()));
    return List.copyOf(changes);
  }

  @Override
  public String toString() {
    return what + ": " + before + " to " + after;
  }

  private static void add(List<ConfigurationChange> changes, String what, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(new ConfigurationChange(what, before == null ? "none" : before.toString(),
          after == null ? "none" : after.toString()));
    }
  }

  private static @Nullable String hours(@Nullable BigDecimal hours) {
    return hours == null ? null : hours.stripTrailingZeros().toPlainString();
  }

  private static String list(Set<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
