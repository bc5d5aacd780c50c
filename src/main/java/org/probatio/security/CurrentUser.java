package org.probatio.security;

import java.util.Optional;
import org.probatio.security.internal.AccountDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, and the cases they may see. */
@Component
public class CurrentUser {

  /** Who is signed in; empty for the command line and system work. */
  public Optional<SignedInUser> signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Optional.empty();
    }
    Object principal = auth.getPrincipal();
    if (principal instanceof AccountDetails account) {
      return Optional.of(account.user());
    }
    return principal instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
  }

  /** Command-line and system work is national; a signed-in user's scope follows their roles. */
  public CaseScope scope() {
    return signedIn().map(SignedInUser::scope).orElseGet(() -> CaseScope.national("system"));
  }

  public String username() {
    return signedIn().map(SignedInUser::username).orElse("system");
  }
}
