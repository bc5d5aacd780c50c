package org.probatio.risk;

/** A new criminogenic needs assessment became current. Tiers are recalculated on this. */
public record NeedsAssessed(String crn, long assessmentId) {}
