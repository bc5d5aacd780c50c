package org.probatio.security.web;

import org.jspecify.annotations.Nullable;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header and navigation need: who is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SignedInUserAdvice {

  private final CurrentUser currentUser;

  SignedInUserAdvice(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @ModelAttribute("signedIn")
  @Nullable SignedInUser signedIn() {
    return currentUser.signedIn().orElse(null);
  }
}
