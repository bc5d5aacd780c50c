package org.probatio.allocation.policy;

/**
 * The unified Probation Service (June 2021 on): every case goes to the one provider, and the decision
 * carries the case's tier under model V2, calculated from the same facts.
 */
public final class UnifiedService2021 implements ProviderPolicy {

  public static final String VERSION = "UNIFIED-2021";

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ProviderDecision decide(AllocationFacts facts) {
    Tier tier = TierModelV2.calculate(facts.tierInput());
    return new ProviderDecision(VERSION, Provider.PROBATION_SERVICE, "Since the unification of probation in June 2021 every"
        + " case goes to the Probation Service; this case is tier " + tier.code() + " (tier model " + tier.modelVersion()
        + ")", facts.all(), tier);
  }
}
