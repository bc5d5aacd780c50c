package org.probatio.allocation.policy;

import java.util.List;

/** The protect axis of a tier: its level, its points, and the factors that gave them. */
public record ProtectScore(ProtectLevel level, int points, List<TierFactor> factors) {

  public ProtectScore {
    factors = List.copyOf(factors);
  }
}
