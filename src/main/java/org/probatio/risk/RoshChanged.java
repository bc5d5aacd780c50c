package org.probatio.risk;

import org.jspecify.annotations.Nullable;

/** A new RoSH assessment became current. Reviews and tiers are recalculated on this. */
public record RoshChanged(String crn, long assessmentId, @Nullable RoshLevel previousOverall, RoshLevel overall) {}
