package org.probatio.people.web;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.probatio.audit.AuditTrail;
import org.probatio.people.People;
import org.probatio.security.LimitedAccess;
import org.probatio.security.LimitedAccess.AccessLists;
import org.probatio.security.Users;
import org.probatio.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for one record: who has looked at it, and who may. */
@Controller
class AdminPeopleController {

  private static final int AUDIT_ROWS = 500;

  private final People people;
  private final AuditTrail audit;
  private final LimitedAccess limitedAccess;
  private final Users users;

  AdminPeopleController(People people, AuditTrail audit, LimitedAccess limitedAccess, Users users) {
    this.people = people;
    this.audit = audit;
    this.limitedAccess = limitedAccess;
    this.users = users;
  }

  @GetMapping("/admin/people/{crn}/audit")
  String audit(@PathVariable String crn, Model model) {
    String valid = existing(crn);
    model.addAttribute("crn", valid);
    model.addAttribute("events", audit.history("person", valid, AUDIT_ROWS));
    model.addAttribute("limit", AUDIT_ROWS);
    return "admin/audit";
  }

  @GetMapping("/admin/people/{crn}/access")
  String access(@PathVariable String crn, Model model) {
    String valid = existing(crn);
    AccessLists lists = limitedAccess.lists(valid).orElse(new AccessLists(valid, "", null, Set.of(), Set.of()));
    return accessForm(model, valid, lists.contact(), lists.reason() == null ? "" : lists.reason(),
        String.join("\n", lists.excluded()), String.join("\n", lists.permitted()), FormErrors.none(),
        limitedAccess.lists(valid).isPresent());
  }

  @PostMapping("/admin/people/{crn}/access")
  String saveAccess(@PathVariable String crn, @RequestParam(defaultValue = "") String contact,
      @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String excluded,
      @RequestParam(defaultValue = "") String permitted, Model model, RedirectAttributes redirect) {
    String valid = existing(crn);
    FormErrors errors = FormErrors.none();
    Set<String> excludedNames = names(excluded);
    Set<String> permittedNames = names(permitted);
    if (contact.isBlank()) {
      errors.add("contact", "Enter who staff should contact to ask for access");
    } else if (contact.length() > 200) {
      errors.add("contact", "Contact must be 200 characters or fewer");
    }
    if (excludedNames.isEmpty() && permittedNames.isEmpty()) {
      errors.add("excluded", "Name at least one user to exclude, or at least one user to allow");
    }
    unknown(excludedNames).ifPresent(name -> errors.add("excluded", "There is no user called " + name));
    unknown(permittedNames).ifPresent(name -> errors.add("permitted", "There is no user called " + name));
    if (errors.any()) {
      return accessForm(model, valid, contact, reason, excluded, permitted, errors, limitedAccess.lists(valid).isPresent());
    }
    limitedAccess.set(new AccessLists(valid, contact.strip(), reason.isBlank() ? null : reason.strip(), excludedNames,
        permittedNames));
    redirect.addFlashAttribute("notice", "Access lists saved");
    return "redirect:/admin/people/" + valid + "/access";
  }

  @GetMapping("/admin/people/{crn}/access/lift")
  String confirmLift(@PathVariable String crn, Model model) {
    model.addAttribute("crn", existing(crn));
    return "admin/lift-access";
  }

  @PostMapping("/admin/people/{crn}/access/lift")
  String lift(@PathVariable String crn, RedirectAttributes redirect) {
    String valid = existing(crn);
    limitedAccess.lift(valid);
    redirect.addFlashAttribute("notice", "Limited access lifted: staff of the managing provider can see the record");
    return "redirect:/admin/people/" + valid + "/access";
  }

  private String accessForm(Model model, String crn, String contact, String reason, String excluded, String permitted,
      FormErrors errors, boolean limited) {
    model.addAttribute("crn", crn);
    model.addAttribute("contact", contact);
    model.addAttribute("reason", reason);
    model.addAttribute("excluded", excluded);
    model.addAttribute("permitted", permitted);
    model.addAttribute("errors", errors);
    model.addAttribute("limited", limited);
    return "admin/access";
  }

  private java.util.Optional<String> unknown(Set<String> names) {
    return names.stream().filter(name -> users.find(name).isEmpty()).findFirst();
  }

  private static Set<String> names(String text) {
    return Arrays.stream(text.split("[\\s,]+")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private String existing(String crn) {
    String valid = PeopleController.validCrn(crn);
    if (!people.exists(valid)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return valid;
  }
}
