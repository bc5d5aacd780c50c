package org.probatio.allocation;

/**
 * A case has gone to a provider: after sentence, on an approved override, or by risk escalation.
 * {@code fromProviderCode} held it before: the court's provider, or the CRC an escalation takes it from.
 */
public record CaseAllocated(String crn, long caseId, long sentenceId, long decisionId, DecisionKind kind,
    String providerCode, String fromProviderCode) {}
