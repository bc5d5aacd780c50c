package org.probatio.security.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.security.ApiTokens;
import org.probatio.security.ApiTokens.TokenSummary;
import org.probatio.security.CurrentUser;
import org.probatio.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own personal API tokens: create (shown once), list and revoke. */
@Controller
class ApiTokensController {

  private final ApiTokens tokens;
  private final CurrentUser currentUser;

  ApiTokensController(ApiTokens tokens, CurrentUser currentUser) {
    this.tokens = tokens;
    this.currentUser = currentUser;
  }

  @GetMapping("/account/api-tokens")
  String list(Model model) {
    return page(model, FormErrors.none(), "", null);
  }

  @PostMapping("/account/api-tokens")
  String create(@RequestParam(defaultValue = "") String label, Model model) {
    String name = label.strip();
    if (name.isEmpty() || name.length() > 100) {
      return page(model, FormErrors.none().add("label",
          name.isEmpty() ? "Enter a name for the token" : "Name must be 100 characters or fewer"), label, null);
    }
    return page(model, FormErrors.none(), "", tokens.create(currentUser.username(), name));
  }

  @GetMapping("/account/api-tokens/{id}/revoke")
  String confirmRevoke(@PathVariable long id, Model model) {
    model.addAttribute("token", ownActive(id));
    return "security/revoke-token";
  }

  @PostMapping("/account/api-tokens/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    ownActive(id);
    tokens.revoke(currentUser.username(), id);
    redirect.addFlashAttribute("revoked", true);
    return "redirect:/account/api-tokens";
  }

  private TokenSummary ownActive(long id) {
    return tokens.list(currentUser.username()).stream()
        .filter(token -> token.id() == id && token.active())
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
  }

  private String page(Model model, FormErrors errors, String label, ApiTokens.@Nullable IssuedToken issued) {
    List<TokenSummary> list = tokens.list(currentUser.username());
    model.addAttribute("tokens", list);
    model.addAttribute("errors", errors);
    model.addAttribute("label", label);
    model.addAttribute("issued", issued);
    if (!model.containsAttribute("revoked")) {
      model.addAttribute("revoked", false);
    }
    return "security/api-tokens";
  }
}
