package org.probatio.allocation;

import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.allocation.policy.Tier;

/** What the policy in force would decide for a case now, or why the case cannot be allocated yet. */
public sealed interface Proposal {

  AllocationCase allocationCase();

  /** The allocation gate: no current RoSH screening from the court report stage or later. */
  record Blocked(AllocationCase allocationCase, String reason) implements Proposal {}

  /** The policy's decision, the provider it means in this region, and the case's tier. */
  record Ready(AllocationCase allocationCase, ProviderDecision decision, ReceivingProvider receiving, Tier tier,
      long roshAssessmentId) implements Proposal {}
}
