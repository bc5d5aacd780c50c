package org.probatio.allocation.policy;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Transforming Rehabilitation (2014 to 2021): a sentenced case goes to the NPS when it is MAPPA
 * eligible (any category), its current RoSH is high or very high, its RSR is 6.9% or more (the
 * escalation threshold), or a national exclusion applies; otherwise to the CRC. The decision names the
 * first criterion met, in {@link NpsCriterion}'s order, and lists every factor with whether it met one.
 */
public final class TransformingRehabilitation2014 implements ProviderPolicy {

  public static final String VERSION = "TR-2014";
  public static final double RSR_ESCALATION_THRESHOLD = 6.9;

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ProviderDecision decide(AllocationFacts facts) {
    Criteria criteria = new Criteria();
    ConsideredFactor mappa = facts.mappaConsidered();
    Fact<Mappa> mappaFact = facts.mappa();
    criteria.add(mappaFact == null ? mappa
        : criteria.met(mappa, "MAPPA " + mappaFact.value(), mappaFact.source(), NpsCriterion.MAPPA_ELIGIBLE));
    ConsideredFactor rosh = facts.roshConsidered();
    Fact<RoshLevel> roshFact = facts.rosh();
    boolean roshHigh = roshFact != null
        && (roshFact.value() == RoshLevel.HIGH || roshFact.value() == RoshLevel.VERY_HIGH);
    criteria.add(!roshHigh ? rosh
        : criteria.met(rosh, "RoSH " + rosh.value(), roshFact.source(), NpsCriterion.ROSH_HIGH_OR_VERY_HIGH));
    ConsideredFactor rsr = facts.rsrConsidered();
    Fact<Double> rsrFact = facts.rsr();
    criteria.add(rsrFact == null || rsrFact.value() < RSR_ESCALATION_THRESHOLD ? rsr
        : criteria.met(rsr, "RSR " + rsr.value(), rsrFact.source(), NpsCriterion.RSR_AT_ESCALATION_THRESHOLD));
    if (facts.nationalExclusions().isEmpty()) {
      criteria.add(ConsideredFactor.of("National exclusion", "none", null, null));
    }
    for (Fact<NationalExclusion> exclusion : facts.nationalExclusions()) {
      String label = exclusion.value().label();
      criteria.add(criteria.met(ConsideredFactor.of("National exclusion", label, exclusion.source(), null),
          "National exclusion (" + label + ")", exclusion.source(), NpsCriterion.NATIONAL_EXCLUSION));
    }
    return criteria.decision();
  }

  /** The factors considered so far, and the first criterion met. */
  private static final class Criteria {

    private final List<ConsideredFactor> factors = new ArrayList<>();
    private @Nullable String decidedBy;
    private int met;

    void add(ConsideredFactor factor) {
      factors.add(factor);
    }

    ConsideredFactor met(ConsideredFactor factor, String finding, @Nullable Source source, NpsCriterion criterion) {
      met++;
      if (decidedBy == null) {
        decidedBy = finding + (source == null ? " (source not recorded)" : " on " + source) + " meets the NPS criterion '"
            + criterion.label() + "'";
      }
      return factor.meeting(criterion.label());
    }

    ProviderDecision decision() {
      if (decidedBy == null) {
        List<String> findings = factors.stream().map(factor -> factor.name() + " " + factor.value()).toList();
        return new ProviderDecision(VERSION, Provider.CRC, "No NPS criterion is met (" + String.join(", ", findings)
            + "), so the case goes to the CRC", factors, null);
      }
      String others = met == 1 ? "" : met == 2 ? "; 1 more factor also meets an NPS criterion"
          : "; " + (met - 1) + " more factors also meet an NPS criterion";
      return new ProviderDecision(VERSION, Provider.NPS, decidedBy + others, factors, null);
    }
  }
}
