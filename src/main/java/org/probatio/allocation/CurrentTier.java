package org.probatio.allocation;

import java.time.Instant;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierInput;

/** A person's current tier, with the input it was calculated from. */
public record CurrentTier(String crn, Tier tier, TierInput input, Instant calculatedAt) {}
