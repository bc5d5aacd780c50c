package org.probatio.allocation.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's tier: protect level by change level, e.g. "B2", with an "S" suffix in an unsupervised
 * period. It keeps every factor's points and the model version, so it can be explained and, with its
 * input, replayed.
 */
public record Tier(ProtectScore protect, ChangeScore change, boolean unsupervised, String modelVersion) {

  /** The tier as probation staff write it, e.g. "B2S". */
  public String code() {
    return protect.level().name() + change.level() + (unsupervised ? "S" : "");
  }

  /** How the tier was calculated, a line for each level and each factor. */
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add("Tier " + code() + " (tier model " + modelVersion + ")");
    lines.add("Protect level " + protect.level() + ": " + protect.points() + " points (" + protect.level().range() + ")");
    protect.factors().forEach(factor -> lines.add("  " + factor));
    lines.add("Change level " + change.level() + ": " + change.points() + " points");
    change.factors().forEach(factor -> lines.add("  " + factor));
    if (unsupervised) {
      lines.add("S: the case is in an unsupervised period");
    }
    return List.copyOf(lines);
  }

  @Override
  public String toString() {
    return String.join("\n", explanation());
  }
}
