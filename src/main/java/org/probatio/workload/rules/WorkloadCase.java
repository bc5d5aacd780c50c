package org.probatio.workload.rules;

import org.jspecify.annotations.Nullable;

/**
 * A case a practitioner holds: its CRN, its tier code ("B3", "B2S"; null while the case has not been
 * tiered) and its case type.
 */
public record WorkloadCase(String crn, @Nullable String tier, CaseType type) {

  public WorkloadCase {
    if (tier != null && !TierCode.isTierCode(tier)) {
      throw new IllegalArgumentException("tier must be like B3 or B2S, not " + tier);
    }
  }
}
