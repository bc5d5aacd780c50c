package org.probatio.insights;

import java.util.List;
import java.util.Optional;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Provider;

/** The providers a user may filter the dashboard by, and their delivery units. */
public record Choices(List<Provider> providers, List<DeliveryUnit> deliveryUnits) {

  public Choices {
    providers = List.copyOf(providers);
    deliveryUnits = List.copyOf(deliveryUnits);
  }

  public Optional<Provider> provider(String code) {
    return providers.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public Optional<DeliveryUnit> deliveryUnit(String code) {
    return deliveryUnits.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  /** The provider's name, or its code if it is not one of the choices. */
  public String providerName(String code) {
    return provider(code).map(Provider::name).orElse(code);
  }

  public List<DeliveryUnit> deliveryUnitsOf(String providerCode) {
    return deliveryUnits.stream().filter(u -> u.providerCode().equals(providerCode)).toList();
  }
}
