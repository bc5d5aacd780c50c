package org.probatio.workload.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.CurrentTier;
import org.probatio.allocation.Tiers;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPictures;
import org.probatio.workload.rules.CaseRisk;
import org.probatio.workload.rules.Rosh;
import org.springframework.stereotype.Component;

/**
 * What the grade rules read about a person now: the overall level of the current RoSH screening or
 * analysis, the highest MAPPA level among active MAPPA registrations, the protect level of the current
 * tier, and every active registration's register code with its name.
 */
@Component
public class CaseRisks {

  private final RiskPictures risk;
  private final Tiers tiers;

  CaseRisks(RiskPictures risk, Tiers tiers) {
    this.risk = risk;
    this.tiers = tiers;
  }

  /** The person's risk as the grade rules read it; reading the tier is audited as a view. */
  public CaseRisk of(String crn) {
    return from(risk.of(crn), tiers.current(crn));
  }

  /** The same, from a risk picture and tier already read. */
  public static CaseRisk from(RiskPicture picture, Optional<CurrentTier> tier) {
    Rosh rosh = picture.rosh() == null ? null : Rosh.valueOf(picture.rosh().overall().name());
    Integer mappaLevel = null;
    Map<String, String> registrations = new TreeMap<>();
    for (RiskPicture.ActiveRegistration registration : picture.registrations()) {
      registrations.put(registration.type().name(), registration.type().label());
      if (registration.type().isMappa() && registration.mappaLevel() != null) {
        mappaLevel = higher(mappaLevel, registration.mappaLevel());
      }
    }
    String protect = tier.map(t -> t.tier().protect().level().name()).orElse(null);
    return new CaseRisk(rosh, mappaLevel, protect, registrations);
  }

  private static Integer higher(@Nullable Integer a, Integer b) {
    return a == null || b > a ? b : a;
  }
}
