package org.probatio.allocation.web;

import java.util.Arrays;
import org.probatio.allocation.AllocationDecision;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the allocation pages do the same way: "page not found", the signed-in user's roles, and where a decision went. */
final class AllocationPages {

  private AllocationPages() {}

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  /** Whether the signed-in user holds any of these roles. */
  static boolean holds(CurrentUser currentUser, Role... roles) {
    return currentUser.signedIn().map(user -> Arrays.stream(roles).anyMatch(user::has)).orElse(false);
  }

  /** As in "the National Probation Service (N01)". */
  static String provider(AllocationDecision decision) {
    return "the " + decision.provider().label() + " (" + decision.providerCode() + ")";
  }
}
