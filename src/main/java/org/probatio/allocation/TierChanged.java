package org.probatio.allocation;

import org.jspecify.annotations.Nullable;

/** A person's tier was calculated and differs from the one before (null for the first). */
public record TierChanged(String crn, @Nullable String previousTier, String tier) {}
