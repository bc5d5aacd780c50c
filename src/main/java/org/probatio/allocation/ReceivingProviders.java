package org.probatio.allocation;

import java.util.Comparator;
import java.util.List;
import org.probatio.allocation.policy.Provider;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Component;

/**
 * Which provider in this region a policy's choice means. The NPS division is the court's own (court
 * work stayed with the NPS); a CRC is the region's first by code, since Probatio does not yet map
 * CRC areas to addresses; the unified Probation Service is the court's region.
 */
@Component
class ReceivingProviders {

  private final Workforce workforce;

  ReceivingProviders(Workforce workforce) {
    this.workforce = workforce;
  }

  ReceivingProvider forProvider(Provider provider, String courtProviderCode) {
    org.probatio.workforce.Provider court = workforce.provider(courtProviderCode)
        .orElseThrow(() -> new IllegalStateException("The court's provider " + courtProviderCode + " is not on record"));
    ProviderType wanted = switch (provider) {
      case NPS -> ProviderType.NPS_DIVISION;
      case CRC -> ProviderType.CRC;
      case PROBATION_SERVICE -> court.type();
    };
    if (court.type() == wanted) {
      return new ReceivingProvider(court.code(), court.name(), "the court's own provider");
    }
    List<org.probatio.workforce.Provider> candidates = workforce.providers().stream()
        .filter(p -> p.type() == wanted)
        .sorted(Comparator.comparing(org.probatio.workforce.Provider::code))
        .toList();
    if (candidates.isEmpty()) {
      throw new IllegalStateException("No " + wanted.label() + " is on record to take a case the policy gives to the "
          + provider.label());
    }
    org.probatio.workforce.Provider chosen = candidates.get(0);
    return new ReceivingProvider(chosen.code(), chosen.name(),
        candidates.size() == 1 ? "the region's " + wanted.label() : "the region's first " + wanted.label() + " by code");
  }
}
