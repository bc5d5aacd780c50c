package org.probatio.allocation;

/** A case has gone to a provider: after sentence, on an approved override, or by risk escalation. */
public record CaseAllocated(String crn, long decisionId, DecisionKind kind, String providerCode,
    String courtProviderCode) {}
