package org.probatio.allocation.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the provider policies read about a sentenced case, each value with its source. A null fact is
 * one that is not on record: no RSR score, no current RoSH, not MAPPA eligible, no OGRS score, no
 * assessment.
 *
 * @param registrations the register codes of the active registrations
 * @param mandateForChange a current custodial sentence, or a requirement other than unpaid work or an
 *     order extension
 * @param unsupervised in an unsupervised period
 */
public record AllocationFacts(
    Fact<Gender> gender,
    @Nullable Fact<Double> rsr,
    @Nullable Fact<RoshLevel> rosh,
    @Nullable Fact<Mappa> mappa,
    List<Fact<String>> registrations,
    List<Fact<NationalExclusion>> nationalExclusions,
    Fact<Boolean> previousEnforcementActivity,
    @Nullable Fact<Integer> ogrs,
    Fact<Boolean> mandateForChange,
    @Nullable Fact<TierAssessment> assessment,
    Fact<Boolean> unsupervised) {

  public AllocationFacts {
    registrations = List.copyOf(registrations);
    nationalExclusions = List.copyOf(nationalExclusions);
  }

  /** The input of the V2 tier model. */
  public TierInput tierInput() {
    Set<String> codes = new HashSet<>();
    registrations.forEach(registration -> codes.add(registration.value()));
    return new TierInput(gender.value(), valueOf(rsr), valueOf(rosh), mappa == null ? null : mappa.value().level(), codes,
        previousEnforcementActivity.value(), valueOf(ogrs), mandateForChange.value(), valueOf(assessment),
        unsupervised.value());
  }

  /** Every fact, in words, with its source, as a policy that meets no criterion with them reports them. */
  List<ConsideredFactor> all() {
    List<ConsideredFactor> factors = new ArrayList<>();
    factors.add(ConsideredFactor.of("Gender", gender.value().name().toLowerCase(Locale.ROOT), gender.source(), null));
    factors.add(rsrConsidered());
    factors.add(roshConsidered());
    factors.add(mappaConsidered());
    registrations.forEach(code -> factors.add(ConsideredFactor.of("Registration", code.value(), code.source(), null)));
    factors.add(yesOrNo("Previous breach or recall", previousEnforcementActivity));
    factors.add(ogrs == null ? ConsideredFactor.of("OGRS", "none", null, null)
        : ConsideredFactor.of("OGRS", ogrs.value() + "%", ogrs.source(), null));
    factors.add(yesOrNo("Mandate for change", mandateForChange));
    factors.add(assessment == null ? ConsideredFactor.of("Assessment", "none", null, null)
        : ConsideredFactor.of("Assessment", "recorded", assessment.source(), null));
    factors.add(yesOrNo("Unsupervised period", unsupervised));
    return factors;
  }

  ConsideredFactor rsrConsidered() {
    return rsr == null ? ConsideredFactor.of("RSR", "none", null, null)
        : ConsideredFactor.of("RSR", TierModelV2.percent(rsr.value()), rsr.source(), null);
  }

  ConsideredFactor roshConsidered() {
    return rosh == null ? ConsideredFactor.of("RoSH", "none", null, null)
        : ConsideredFactor.of("RoSH", rosh.value().label(), rosh.source(), null);
  }

  ConsideredFactor mappaConsidered() {
    return mappa == null ? ConsideredFactor.of("MAPPA", "not eligible", null, null)
        : ConsideredFactor.of("MAPPA", mappa.value().toString(), mappa.source(), null);
  }

  private static ConsideredFactor yesOrNo(String name, Fact<Boolean> fact) {
    return ConsideredFactor.of(name, fact.value() ? "yes" : "no", fact.source(), null);
  }

  private static <T> @Nullable T valueOf(@Nullable Fact<T> fact) {
    return fact == null ? null : fact.value();
  }
}
