package org.probatio.allocation.policy;

import java.util.List;

/** Every provider allocation policy, by the version stored with its decisions. */
public final class ProviderPolicies {

  private static final List<ProviderPolicy> ALL = List.of(new TransformingRehabilitation2014(), new UnifiedService2021());

  private ProviderPolicies() {
  }

  /** The policies, oldest first. */
  public static List<ProviderPolicy> all() {
    return ALL;
  }

  /** @throws IllegalArgumentException naming the known versions, for a version Probatio does not have */
  public static ProviderPolicy byVersion(String version) {
    for (ProviderPolicy policy : ALL) {
      if (policy.version().equals(version)) {
        return policy;
      }
    }
    throw new IllegalArgumentException("There is no provider allocation policy '" + version + "': the policies are "
        + String.join(", ", ALL.stream().map(ProviderPolicy::version).toList()));
  }
}
