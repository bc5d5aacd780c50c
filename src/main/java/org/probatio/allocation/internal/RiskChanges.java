package org.probatio.allocation.internal;

import org.probatio.allocation.Allocations;
import org.probatio.allocation.Tiers;
import org.probatio.risk.NeedsAssessed;
import org.probatio.risk.RegistrationChanged;
import org.probatio.risk.RoshChanged;
import org.probatio.risk.ScoresCalculated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a person's risk changes: their tier is recalculated, and a case the CRC supervises is referred
 * to the NPS if its risk now meets an NPS criterion. Runs after the risk change commits, on another
 * thread and in its own transaction; the event publication registry keeps the event until this has
 * succeeded, so a failure here never undoes or hides the risk change.
 */
@Component
class RiskChanges {

  private final Tiers tiers;
  private final Allocations allocations;

  RiskChanges(Tiers tiers, Allocations allocations) {
    this.tiers = tiers;
    this.allocations = allocations;
  }

  @ApplicationModuleListener
  void on(RoshChanged changed) {
    reassess(changed.crn());
  }

  @ApplicationModuleListener
  void on(RegistrationChanged changed) {
    reassess(changed.crn());
  }

  @ApplicationModuleListener
  void on(NeedsAssessed assessed) {
    reassess(assessed.crn());
  }

  @ApplicationModuleListener
  void on(ScoresCalculated calculated) {
    reassess(calculated.crn());
  }

  private void reassess(String crn) {
    tiers.recalculate(crn);
    allocations.escalateIfRiskRose(crn);
  }
}
