package org.probatio.security;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose cases a user may see: those of their own provider (plus the cases handed to it), or every
 * provider's for national roles. Limited-access lists apply on top.
 */
public record CaseScope(String username, boolean allProviders, Set<String> providerCodes) {

  public static CaseScope national(String username) {
    return new CaseScope(username, true, Set.of());
  }

  public boolean covers(String providerCode) {
    return allProviders || providerCodes.contains(providerCode);
  }

  /** The same user's scope kept to these of their providers; naming none keeps it as it is. */
  public CaseScope narrowedTo(Set<String> requested) {
    if (requested.isEmpty()) {
      return this;
    }
    return new CaseScope(username, false, requested.stream().filter(this::covers).collect(Collectors.toUnmodifiableSet()));
  }
}
