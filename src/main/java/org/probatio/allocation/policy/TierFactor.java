package org.probatio.allocation.policy;

/**
 * One factor the tier model looked at: its name, its value in words, the points it gave and the
 * rule that gave them, e.g. ("RSR", "7.2%", 20, "RSR 7% or more: 20 points").
 */
public record TierFactor(String name, String value, int points, String rule) {

  /** As in "RSR 7.2%: 20 points (RSR 7% or more: 20 points)". */
  @Override
  public String toString() {
    return name + " " + value + ": " + points + (points == 1 ? " point" : " points") + " (" + rule + ")";
  }
}
