package org.probatio.security.web;

import org.jspecify.annotations.Nullable;
import org.probatio.security.CurrentUser;
import org.probatio.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

  private final CurrentUser currentUser;

  SignInController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/sign-in")
  String signIn(@RequestParam(required = false) @Nullable String error,
      @RequestParam(required = false) @Nullable String locked,
      @RequestParam(required = false) @Nullable String signedOut, Model model) {
    if (currentUser.signedIn().isPresent()) {
      return "redirect:/";
    }
    FormErrors errors = FormErrors.none();
    if (error != null) {
      errors.add("username", "Enter a correct username and password");
    }
    if (locked != null) {
      errors.add("username", "Your account is locked for 15 minutes because of too many failed sign-in attempts. "
          + "Try again later, or ask an administrator to unlock it");
    }
    model.addAttribute("errors", errors);
    model.addAttribute("username", "");
    model.addAttribute("signedOut", signedOut != null);
    return "security/sign-in";
  }
}
