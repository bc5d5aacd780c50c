package org.probatio.allocation.policy;

import java.util.List;

/**
 * The change axis of a tier: its level (0 to 3), its points, and the factors that gave them. Level 0
 * (no mandate for change) and level 2 for a case without an assessment are set by a single factor
 * with no points.
 */
public record ChangeScore(int level, int points, List<TierFactor> factors) {

  public ChangeScore {
    factors = List.copyOf(factors);
  }
}
