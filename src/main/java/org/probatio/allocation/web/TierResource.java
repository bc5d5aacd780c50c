package org.probatio.allocation.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.CurrentTier;
import org.probatio.allocation.policy.ChangeScore;
import org.probatio.allocation.policy.ProtectScore;
import org.probatio.allocation.policy.Tier;

/**
 * A tier as the API gives it: its code, each axis's level, points and factors (each with its value,
 * points and rule), the model version, and when it was calculated (null for a proposal's tier, which is
 * calculated as it is read).
 */
record TierResource(String crn, String tier, ProtectScore protect, ChangeScore change, boolean unsupervised,
    String modelVersion, @Nullable Instant calculatedAt) {

  static TierResource of(String crn, Tier tier, @Nullable Instant calculatedAt) {
    return new TierResource(crn, tier.code(), tier.protect(), tier.change(), tier.unsupervised(), tier.modelVersion(),
        calculatedAt);
  }

  static TierResource of(CurrentTier current) {
    return of(current.crn(), current.tier(), current.calculatedAt());
  }
}
