package org.probatio.workload.rules;

import java.util.List;

/**
 * Whether a practitioner's grade may hold a case: eligible, or not, with each reason in words. A senior
 * practitioner may still allocate a case to a practitioner who is not eligible by recording an override
 * with a reason.
 */
public sealed interface Eligibility {

  String grade();

  boolean eligible();

  record Eligible(String grade) implements Eligibility {

    @Override
    public boolean eligible() {
      return true;
    }
  }

  record NotEligible(String grade, List<String> reasons) implements Eligibility {

    public NotEligible {
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a case a grade may not hold needs at least one reason");
      }
      reasons = List.copyOf(reasons);
    }

    @Override
    public boolean eligible() {
      return false;
    }

    /** As in "A PSO may not hold this case without an override: RoSH is high; MAPPA level 2". */
    @Override
    public String toString() {
      return "A " + grade + " may not hold this case without an override: " + String.join("; ", reasons);
    }
  }
}
