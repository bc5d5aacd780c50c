package org.probatio.workload.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One thing about a case that keeps it from a restricted grade, and the reasons it gives in words. */
public enum GradeCriterion {
  ROSH_HIGH("RoSH high or very high") {
    @Override
    List<String> reasons(CaseRisk risk, Set<String> registerCodes) {
      Rosh rosh = risk.rosh();
      return rosh == Rosh.HIGH || rosh == Rosh.VERY_HIGH ? List.of("RoSH is " + rosh.label()) : List.of();
    }
  },
  MAPPA_LEVEL_2_OR_3("MAPPA level 2 or 3") {
    @Override
    List<String> reasons(CaseRisk risk, Set<String> registerCodes) {
      Integer level = risk.mappaLevel();
      return level != null && level >= 2 ? List.of("MAPPA level " + level) : List.of();
    }
  },
  PROTECT_LEVEL_A("Protect level A") {
    @Override
    List<String> reasons(CaseRisk risk, Set<String> registerCodes) {
      return "A".equals(risk.protectLevel()) ? List.of("Protect level A") : List.of();
    }
  },
  REGISTRATION("A registration for one of the register codes listed") {
    @Override
    List<String> reasons(CaseRisk risk, Set<String> registerCodes) {
      List<String> reasons = new ArrayList<>();
      for (Map.Entry<String, String> registration : risk.registrations().entrySet()) {
        if (registerCodes.contains(registration.getKey())) {
          String name = registration.getValue();
          reasons.add("Registered: " + (name.isBlank() || name.equals(registration.getKey()) ? registration.getKey()
              : name.toLowerCase(Locale.UK) + " (" + registration.getKey() + ")"));
        }
      }
      return reasons;
    }
  };

  private final String label;

  GradeCriterion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Why the case meets this criterion, in words; empty when it does not. */
  abstract List<String> reasons(CaseRisk risk, Set<String> registerCodes);
}
