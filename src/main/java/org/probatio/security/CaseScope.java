package org.probatio.security;

import java.util.Set;

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
}
