package org.probatio.workload.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.workforce.StaffRecord;
import org.springframework.stereotype.Component;

/**
 * Which staff the signed-in user may see and whose reductions they may change, on top of the role
 * rules in {@link StaffRules}: administrators and inspectors work nationally; everyone else sees, and
 * a senior practitioner changes the reductions of, their own provider's staff only.
 */
@Component
class StaffAccess {

  private final CurrentUser currentUser;

  StaffAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  /** The providers whose staff and teams to list: the one asked for, within the user's; null for all of them. */
  @Nullable Set<String> providers(@Nullable String requested) {
    CaseScope scope = currentUser.scope();
    boolean asked = requested != null && !requested.isBlank();
    if (scope.allProviders() && !asked) {
      return null;
    }
    return asked ? scope.narrowedTo(Set.of(requested.strip())).providerCodes() : scope.providerCodes();
  }

  boolean national() {
    return currentUser.scope().allProviders();
  }

  boolean maySee(StaffRecord staff) {
    return covers(staff.member().providerCode());
  }

  boolean covers(String providerCode) {
    return currentUser.scope().covers(providerCode);
  }

  boolean mayChangeStaff() {
    return has(Role.ADMIN);
  }

  boolean mayChangeReductions(StaffRecord staff) {
    return has(Role.ADMIN) || has(Role.SENIOR_PRACTITIONER) && maySee(staff);
  }

  private boolean has(Role role) {
    return currentUser.signedIn().map(user -> user.has(role)).orElse(false);
  }
}
