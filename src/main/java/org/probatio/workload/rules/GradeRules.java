package org.probatio.workload.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which grades may not hold which cases: the restricted grades (by code, such as "PSO"), the criteria
 * switched on, and the register codes the registration criterion looks for. The reference rules keep a
 * PSO from a case with RoSH high or very high, MAPPA level 2 or 3, protect level A, or a registration
 * for domestic abuse perpetrator (ADVP) or child protection (RCPR), unless a senior practitioner records
 * an override with a reason.
 */
public record GradeRules(Set<String> restrictedGrades, Set<GradeCriterion> criteria, Set<String> registerCodes) {

  public static final GradeRules REFERENCE = new GradeRules(Set.of("PSO"), EnumSet.allOf(GradeCriterion.class),
      Set.of("ADVP", "RCPR"));

  public GradeRules {
    restrictedGrades = sorted(restrictedGrades);
    criteria = criteria.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(GradeCriterion.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(criteria));
    registerCodes = sorted(registerCodes);
  }

  /** Whether a practitioner of this grade may hold a case with this risk, and if not, each reason. */
  public Eligibility check(String grade, CaseRisk risk) {
    if (!restrictedGrades.contains(grade)) {
      return new Eligibility.Eligible(grade);
    }
    List<String> reasons = new ArrayList<>();
    for (GradeCriterion criterion : criteria) {
      reasons.addAll(criterion.reasons(risk, registerCodes));
    }
    return reasons.isEmpty() ? new Eligibility.Eligible(grade) : new Eligibility.NotEligible(grade, reasons);
  }

  /** The rules in words, one line for each restricted grade, as in "A PSO may not hold a case with: ...". */
  public List<String> explanation() {
    if (restrictedGrades.isEmpty() || criteria.isEmpty()) {
      return List.of("Every grade may hold any case");
    }
    List<String> what = new ArrayList<>();
    for (GradeCriterion criterion : criteria) {
      what.add(criterion == GradeCriterion.REGISTRATION ? "a registration with register code "
          + String.join(", ", registerCodes) : criterion.label());
    }
    List<String> lines = new ArrayList<>();
    for (String grade : restrictedGrades) {
      lines.add("A " + grade + " may not hold a case with " + String.join("; ", what)
          + ", unless a senior practitioner records an override with a reason");
    }
    return List.copyOf(lines);
  }

  private static SortedSet<String> sorted(Set<String> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }
}
