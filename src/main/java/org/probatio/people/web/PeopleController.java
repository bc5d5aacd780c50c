package org.probatio.people.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Accommodation;
import org.probatio.people.CreateOutcome;
import org.probatio.people.Crn;
import org.probatio.people.Disability;
import org.probatio.people.Employment;
import org.probatio.people.Ethnicity;
import org.probatio.people.FieldError;
import org.probatio.people.Gender;
import org.probatio.people.Lookup;
import org.probatio.people.Parsed;
import org.probatio.people.People;
import org.probatio.people.PersonInput;
import org.probatio.people.Religion;
import org.probatio.people.UpdateOutcome;
import org.probatio.security.CurrentUser;
import org.probatio.web.FormErrors;
import org.probatio.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Find, open, add and change person records. */
@Controller
class PeopleController {

  private static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy");

  private final People people;
  private final Workforce workforce;
  private final CurrentUser currentUser;

  PeopleController(People people, Workforce workforce, CurrentUser currentUser) {
    this.people = people;
    this.workforce = workforce;
    this.currentUser = currentUser;
  }

  @ModelAttribute
  void lists(Model model) {
    model.addAttribute("genders", Gender.values());
    model.addAttribute("ethnicities", Ethnicity.values());
    model.addAttribute("religions", Religion.values());
    model.addAttribute("disabilities", Disability.values());
    model.addAttribute("accommodations", Accommodation.values());
    model.addAttribute("employments", Employment.values());
  }

  @GetMapping("/people")
  String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("errors", FormErrors.none());
    if (!q.isBlank()) {
      int pageNumber = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
      people.search(q, pageNumber - 1, PAGE_SIZE).ifPresentOrElse(
          results -> model.addAttribute("results", results),
          () -> model.addAttribute("errors", FormErrors.none().add("q", "Enter a CRN, PNC ID, date of birth or name")));
    }
    return "people/search";
  }

  @GetMapping("/people/{crn}")
  String view(@PathVariable String crn, Model model) {
    Lookup lookup = people.view(validCrn(crn));
    if (lookup instanceof Lookup.Withheld withheld) {
      model.addAttribute("withheld", withheld);
      return "people/withheld";
    }
    if (!(lookup instanceof Lookup.Found found)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("person", found.person());
    model.addAttribute("provider", workforce.provider(found.person().providerCode()).orElse(null));
    String officerCode = found.person().responsibleOfficerCode();
    model.addAttribute("officer", officerCode == null ? null : workforce.staffMember(officerCode).orElse(null));
    model.addAttribute("canEdit", canEdit());
    return "people/view";
  }

  @GetMapping("/people/new")
  String newPerson(Model model) {
    return form(model, PersonForm.blank(UUID.randomUUID().toString()), FormErrors.none(), null);
  }

  @PostMapping("/people")
  String create(PersonForm form, Model model, RedirectAttributes redirect) {
    CreateOutcome outcome = people.create(form.input(), form.provider(),
        Boolean.TRUE.equals(form.confirmedNotDuplicate()), form.requestKey());
    if (outcome instanceof CreateOutcome.Created created) {
      redirect.addFlashAttribute("notice", created.repeated() ? "This record had already been created" : "Record created");
      return "redirect:/people/" + created.crn().value();
    }
    if (outcome instanceof CreateOutcome.PossibleDuplicates duplicates) {
      model.addAttribute("form", form);
      model.addAttribute("candidates", duplicates.candidates());
      return "people/duplicates";
    }
    if (outcome instanceof CreateOutcome.DuplicatePnc duplicate) {
      model.addAttribute("existingCrn", duplicate.existingCrn());
      return form(model, form, FormErrors.none().add("pnc",
          "A person with this PNC ID already exists (CRN " + duplicate.existingCrn() + "). Use that record instead"), null);
    }
    return form(model, form, PersonErrors.of(((CreateOutcome.Invalid) outcome).errors()), null);
  }

  @GetMapping("/people/{crn}/edit")
  String edit(@PathVariable String crn, Model model) {
    if (!(people.view(validCrn(crn)) instanceof Lookup.Found found)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return form(model, PersonForm.of(PersonInput.of(found.person().details()), found.person().version(), null),
        FormErrors.none(), crn);
  }

  @PostMapping("/people/{crn}")
  String update(@PathVariable String crn, PersonForm form, Model model, RedirectAttributes redirect) {
    int version = form.version() == null ? -1 : form.version();
    UpdateOutcome outcome = people.update(validCrn(crn), form.input(), version);
    if (outcome instanceof UpdateOutcome.Updated) {
      redirect.addFlashAttribute("notice", "Changes saved");
      return "redirect:/people/" + crn;
    }
    if (outcome instanceof UpdateOutcome.NotFound) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (outcome instanceof UpdateOutcome.Stale stale) {
      PersonForm current = form.withVersion(stale.currentVersion());
      return form(model, current, FormErrors.none().add("record", stale.changedBy() + " changed this record at "
          + WHEN.format(stale.changedAt().atZone(java.time.ZoneId.of("Europe/London"))).replace("AM", "am").replace("PM", "pm")
          + ", after you opened it. Your changes are not saved yet. Open the record in a new tab to see theirs, "
          + "then check your changes below and save again", "firstName"), crn);
    }
    if (outcome instanceof UpdateOutcome.DuplicatePnc duplicate) {
      return form(model, form, FormErrors.none().add("pnc",
          "Another person already has this PNC ID (CRN " + duplicate.existingCrn() + ")"), crn);
    }
    List<FieldError> errors = ((UpdateOutcome.Invalid) outcome).errors();
    return form(model, form, PersonErrors.of(errors), crn);
  }

  private String form(Model model, PersonForm form, FormErrors errors, @Nullable String crn) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("crn", crn);
    model.addAttribute("providers", currentUser.scope().allProviders() && crn == null ? workforce.providers() : List.of());
    return "people/form";
  }

  private boolean canEdit() {
    return currentUser.signedIn().map(user -> java.util.Arrays.stream(PeopleRules.EDITORS).anyMatch(user::has))
        .orElse(false);
  }

  static String validCrn(String crn) {
    if (Crn.parse(crn) instanceof Parsed.Valid<Crn> valid) {
      return valid.value().value();
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
