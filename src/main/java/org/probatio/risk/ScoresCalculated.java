package org.probatio.risk;

/** A person's actuarial scores were calculated and stored. Tiers are recalculated on this. */
public record ScoresCalculated(String crn, long calculationId) {}
