package org.probatio.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The person behind a request, however they signed in. */
public record SignedInUser(
    String username,
    String displayName,
    @Nullable String staffCode,
    @Nullable String providerCode,
    Set<Role> roles) implements Principal, Serializable {

  private static final Set<Role> NATIONAL_ROLES = Set.of(Role.ADMIN, Role.INSPECTOR);

  /** Spring Security and the audit trail name the user by this. */
  @Override
  public String getName() {
    return username;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Administrators and inspectors work across providers; everyone else sees their own provider's cases. */
  public CaseScope scope() {
    if (roles.stream().anyMatch(NATIONAL_ROLES::contains)) {
      return CaseScope.national(username);
    }
    return new CaseScope(username, false, providerCode == null ? Set.of() : Set.of(providerCode));
  }
}
