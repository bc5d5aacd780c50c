package org.probatio.allocation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.ConsideredFactor;
import org.probatio.allocation.policy.Provider;

/**
 * A decision on which provider takes a case: every factor considered with its source and date, the
 * rule that decided, the policy version, who decided and when, and the facts exactly as the policy
 * read them, so it can be explained and replayed. After an override {@code provider} differs from
 * {@code policyProvider}, and the reason and the senior practitioner's review are recorded.
 */
public record AllocationDecision(
    long id,
    String crn,
    @Nullable Long caseId,
    DecisionKind kind,
    DecisionStatus status,
    String policyVersion,
    Provider policyProvider,
    Provider provider,
    String providerCode,
    String decidingRule,
    List<ConsideredFactor> factors,
    AllocationFacts facts,
    @Nullable String tier,
    @Nullable Long roshAssessmentId,
    String decidedBy,
    Instant decidedAt,
    @Nullable Integer workingDays,
    @Nullable String overrideReason,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    @Nullable String reviewNote) {

  public AllocationDecision {
    factors = List.copyOf(factors);
  }

  public boolean overridden() {
    return overrideReason != null;
  }

  /** Whether it was made within one working day of sentence; null for an escalation. */
  public @Nullable Boolean onTime() {
    return workingDays == null ? null : workingDays <= 1;
  }
}
