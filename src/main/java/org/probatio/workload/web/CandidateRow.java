package org.probatio.workload.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.workload.PractitionerCandidates.Candidate;
import org.probatio.workload.rules.Capacity;
import org.probatio.workload.rules.Eligibility;

/**
 * One practitioner's row on the choosing page, its words worked out here: a team may have hundreds of
 * practitioners, and the page is drawn faster from plain text than from an expression in every cell.
 */
record CandidateRow(String code, String inputId, String name, String grade, String gradeLabel, String now,
    boolean overNow, String after, boolean overAfter, int recent, String community, String custody,
    String eligibility, boolean choosable, boolean holdsThisCase) {

  /** The rows; the first practitioner who may be chosen has the input the error summary links to. */
  static List<CandidateRow> of(List<Candidate> candidates, boolean mayAllocate) {
    List<CandidateRow> rows = new ArrayList<>(candidates.size());
    boolean linked = false;
    for (Candidate c : candidates) {
      String code = c.member().code();
      boolean choosable = mayAllocate && !c.holdsThisCase();
      rows.add(new CandidateRow(code, choosable && !linked ? "staffCode" : "staffCode-" + code,
          c.member().displayName(), c.member().grade().name(), c.member().grade().label(),
          capacity(c.figure() == null ? null : c.figure().capacity()), c.overNow(),
          capacity(c.after() == null ? null : c.after().after()), c.overAfter(), c.allocatedRecently(),
          c.figure() == null ? "–" : String.valueOf(c.figure().community()),
          c.figure() == null ? "–" : String.valueOf(c.figure().custody()), eligibility(c.eligibility()), choosable,
          c.holdsThisCase()));
      linked |= choosable;
    }
    return rows;
  }

  static String capacity(@Nullable Capacity capacity) {
    if (capacity == null) {
      return "No figure yet";
    }
    return capacity.percent() == null ? "Not measured" : capacity.percent().toPlainString() + "%";
  }

  private static String eligibility(Eligibility eligibility) {
    return eligibility instanceof Eligibility.NotEligible not ? "Not eligible: " + String.join("; ", not.reasons())
        : "Eligible";
  }
}
