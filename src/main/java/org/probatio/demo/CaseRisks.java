package org.probatio.demo;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.probatio.allocation.policy.ProtectLevel;
import org.probatio.allocation.policy.Tier;
import org.probatio.risk.RiskPicture;
import org.probatio.risk.RiskPicture.ActiveRegistration;
import org.probatio.workload.rules.CaseRisk;
import org.probatio.workload.rules.Rosh;

/** A generated case's risk as the grade rules read it. */
final class CaseRisks {

  private CaseRisks() {}

  /**
   * The RoSH, MAPPA level and registrations on record, and the highest protect level of the tiers given
   * (the one the decision stored and the one the records give now), so a case either tier keeps from a
   * PSO is kept from one.
   */
  static CaseRisk of(RiskPicture risk, Tier... tiers) {
    Rosh rosh = risk.rosh() == null ? null : Rosh.valueOf(risk.rosh().overall().name());
    Integer mappaLevel = risk.registrations().stream().map(ActiveRegistration::mappaLevel).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    Map<String, String> registrations = new TreeMap<>();
    risk.registrations().forEach(r -> registrations.put(r.type().name(), r.type().label()));
    ProtectLevel protect = ProtectLevel.D;
    for (Tier tier : tiers) {
      protect = tier.protect().level().compareTo(protect) < 0 ? tier.protect().level() : protect;
    }
    return new CaseRisk(rosh, mappaLevel, protect.name(), registrations);
  }
}
