package org.probatio.allocation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.Proposal;
import org.probatio.allocation.ReceivingProvider;
import org.probatio.allocation.policy.ConsideredFactor;
import org.probatio.allocation.policy.Provider;

/** A case waiting for (or given) a provider, as the API gives it; {@code version} is what a decision must send. */
record CaseResource(long id, String crn, long sentenceId, LocalDate sentenceDate, String courtProviderCode,
    LocalDate dueOn, boolean overdue, LocalDate assessedFrom, boolean mandateForChange, Instant openedAt,
    @Nullable Long decisionId, int version) {

  static CaseResource of(AllocationCase c, LocalDate today) {
    return new CaseResource(c.id(), c.crn(), c.sentenceId(), c.sentenceDate(), c.courtProviderCode(), c.dueOn(),
        c.overdue(today), c.assessedFrom(), c.mandateForChange(), c.openedAt(), c.decisionId(), c.version());
  }

  /** A case with what the policy in force would decide now: the reason the gate is shut, or the decision. */
  record WithProposal(CaseResource allocationCase, boolean blocked, @Nullable String blockedReason,
      @Nullable PolicyDecision decision) {

    static WithProposal of(Proposal proposal, LocalDate today) {
      CaseResource c = CaseResource.of(proposal.allocationCase(), today);
      if (proposal instanceof Proposal.Ready ready) {
        return new WithProposal(c, false, null, new PolicyDecision(ready.decision().policyVersion(),
            ready.decision().provider(), ready.receiving(), ready.decision().decidedBy(), ready.decision().factors(),
            TierResource.of(c.crn(), ready.tier(), null), ready.roshAssessmentId()));
      }
      return new WithProposal(c, true, ((Proposal.Blocked) proposal).reason(), null);
    }
  }

  /** The policy's decision: the provider, the one in this region it means, the deciding rule and every factor. */
  record PolicyDecision(String policyVersion, Provider provider, ReceivingProvider receivingProvider, String decidingRule,
      List<ConsideredFactor> factors, TierResource tier, long roshAssessmentId) {}
}
