package org.probatio.allocation.policy;

/** A versioned rule for which provider takes a sentenced case. Look one up with {@link ProviderPolicies#byVersion}. */
public interface ProviderPolicy {

  /** The version stored with each decision, e.g. "TR-2014". */
  String version();

  ProviderDecision decide(AllocationFacts facts);
}
