package org.probatio.allocation.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.DecisionKind;
import org.probatio.allocation.DecisionStatus;
import org.probatio.allocation.policy.AllocationFacts;
import org.probatio.allocation.policy.ConsideredFactor;
import org.probatio.allocation.policy.Provider;

/**
 * An allocation decision as the API gives it: every factor considered with its source and date, the
 * deciding rule and policy version, who decided and when, the override and its review, the facts as the
 * policy read them, whether the policy replays to the same decision on them, and all of it in one sentence.
 */
record DecisionResource(
    long id,
    String crn,
    @Nullable Long caseId,
    DecisionKind kind,
    DecisionStatus status,
    String summary,
    String policyVersion,
    Provider policyProvider,
    Provider provider,
    String providerCode,
    String decidingRule,
    List<ConsideredFactor> factors,
    @Nullable String tier,
    @Nullable Long roshAssessmentId,
    String decidedBy,
    Instant decidedAt,
    @Nullable Integer workingDays,
    @Nullable Boolean onTime,
    @Nullable Overridden override,
    @Nullable Review review,
    boolean replays,
    AllocationFacts facts) {

  /** A different provider than the policy's, and why. */
  record Overridden(Provider provider, String reason) {}

  /** A senior practitioner's approval (status FINAL) or refusal (status REJECTED) of an override. */
  record Review(String by, Instant at, @Nullable String note) {}

  static DecisionResource of(AllocationDecision d, boolean replays) {
    String reason = d.overrideReason();
    String reviewer = d.reviewedBy();
    Instant reviewedAt = d.reviewedAt();
    return new DecisionResource(d.id(), d.crn(), d.caseId(), d.kind(), d.status(), Explanation.summary(d),
        d.policyVersion(), d.policyProvider(), d.provider(), d.providerCode(), d.decidingRule(), d.factors(), d.tier(),
        d.roshAssessmentId(), d.decidedBy(), d.decidedAt(), d.workingDays(), d.onTime(),
        reason == null ? null : new Overridden(d.provider(), reason),
        reviewer == null || reviewedAt == null ? null : new Review(reviewer, reviewedAt, d.reviewNote()), replays,
        d.facts());
  }
}
