package org.probatio.workload.rules;

import org.jspecify.annotations.Nullable;

/** A case's points and the cell of the points table that gave them, as in ("X123456", "B3", custody, 59, "B3 custody"). */
public record CaseScore(String crn, @Nullable String tier, CaseType type, int points, String cell) {

  @Override
  public String toString() {
    return "Case " + crn + ", " + (tier == null ? "not yet tiered" : tier) + " " + type.label() + ": " + points
        + (points == 1 ? " point" : " points") + " (" + cell + ")";
  }
}
