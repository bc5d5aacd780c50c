package org.probatio.allocation.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which provider takes a case, under which policy version, by which rule (in words), having looked at
 * which factors. Under the unified service it also carries the case's tier.
 */
public record ProviderDecision(String policyVersion, Provider provider, String decidedBy, List<ConsideredFactor> factors,
    @Nullable Tier tier) {

  public ProviderDecision {
    factors = List.copyOf(factors);
  }
}
