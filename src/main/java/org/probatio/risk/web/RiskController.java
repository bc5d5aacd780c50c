package org.probatio.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NeedsAndPlans;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.PersonScores;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RegisterType;
import org.probatio.risk.Registration;
import org.probatio.risk.Registrations;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevel;
import org.probatio.security.CurrentUser;
import org.probatio.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's risk: RoSH assessments and their history, and registrations (warning flags). */
@Controller
class RiskController {

  /** Where the error summary links for fields that are not single inputs. */
  private static final Map<String, String> ANCHORS = Map.of(
      "completedOn", "completedOn-day", "registeredOn", "registeredOn-day", "reviewedOn", "on-day",
      "removedOn", "on-day", "custody", "custodyChildren");

  private final People people;
  private final RoshAssessments rosh;
  private final Registrations registrations;
  private final NeedsAndPlans needsAndPlans;
  private final PersonScores scores;
  private final CurrentUser currentUser;
  private final Clock clock;

  RiskController(People people, RoshAssessments rosh, Registrations registrations, NeedsAndPlans needsAndPlans,
      PersonScores scores, CurrentUser currentUser, Clock clock) {
    this.people = people;
    this.rosh = rosh;
    this.registrations = registrations;
    this.needsAndPlans = needsAndPlans;
    this.scores = scores;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/people/{crn}/risk")
  String overview(@PathVariable String crn, Model model) {
    if (!(people.view(crn) instanceof Lookup.Found found)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("person", found.person());
    model.addAttribute("history", rosh.history(crn));
    model.addAttribute("registrations", registrations.all(crn));
    model.addAttribute("needs", needsAndPlans.currentNeeds(crn).orElse(null));
    model.addAttribute("plan", needsAndPlans.plan(crn).orElse(null));
    var calculations = scores.history(crn);
    model.addAttribute("latestScores", calculations.isEmpty() ? null : calculations.get(0));
    model.addAttribute("scoreHistory", calculations);
    model.addAttribute("scoreLines", calculations.isEmpty() ? java.util.List.of() : ScoreLine.of(calculations.get(0).calculation().scores()));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("canAssess", currentUser.signedIn()
        .map(user -> java.util.Arrays.stream(RiskRules.ASSESSORS).anyMatch(user::has)).orElse(false));
    return "risk/overview";
  }

  @GetMapping("/people/{crn}/risk/rosh/new")
  String newRosh(@PathVariable String crn, Model model) {
    visible(crn);
    Long current = rosh.current(crn).map(RoshAssessment::id).orElse(null);
    return roshForm(model, crn, RoshForm.blank(LocalDate.now(clock), current), FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/rosh")
  String recordRosh(@PathVariable String crn, RoshForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    NewRoshAssessment assessment = form.read(errors);
    if (assessment == null) {
      return roshForm(model, crn, form, errors);
    }
    return OutcomePages.show(rosh.record(crn, assessment), redirect, crn, "RoSH assessment recorded",
        ANCHORS, failed -> roshForm(model, crn, form, failed));
  }

  @GetMapping("/people/{crn}/risk/registrations/new")
  String newRegistration(@PathVariable String crn, Model model) {
    visible(crn);
    return registrationForm(model, crn, RegistrationForm.blank(LocalDate.now(clock)), FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/registrations")
  String addRegistration(@PathVariable String crn, RegistrationForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    NewRegistration registration = form.read(errors);
    if (registration == null) {
      return registrationForm(model, crn, form, errors);
    }
    return OutcomePages.show(registrations.add(crn, registration), redirect, crn, "Registration added",
        ANCHORS, failed -> registrationForm(model, crn, form, failed));
  }

  @GetMapping("/people/{crn}/risk/registrations/{id}/review")
  String reviewForm(@PathVariable String crn, @PathVariable long id, Model model) {
    Registration registration = active(crn, id);
    return changeForm(model, crn, registration, "review",
        RegistrationChangeForm.blank(LocalDate.now(clock), registration.version()), FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/registrations/{id}/review")
  String review(@PathVariable String crn, @PathVariable long id, RegistrationChangeForm form, Model model,
      RedirectAttributes redirect) {
    Registration registration = active(crn, id);
    FormErrors errors = FormErrors.none();
    LocalDate on = form.date(errors, "Date of the review");
    if (on == null) {
      return changeForm(model, crn, registration, "review", form, errors);
    }
    return OutcomePages.show(registrations.review(crn, id, on, FormValues.text(form.notes()), form.seenVersion()), redirect,
        crn, registration.type().label() + " registration reviewed",
        ANCHORS, failed -> changeForm(model, crn, registration, "review", form, failed));
  }

  @GetMapping("/people/{crn}/risk/registrations/{id}/remove")
  String removeForm(@PathVariable String crn, @PathVariable long id, Model model) {
    Registration registration = active(crn, id);
    return changeForm(model, crn, registration, "remove",
        RegistrationChangeForm.blank(LocalDate.now(clock), registration.version()), FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/registrations/{id}/remove")
  String remove(@PathVariable String crn, @PathVariable long id, RegistrationChangeForm form, Model model,
      RedirectAttributes redirect) {
    Registration registration = active(crn, id);
    FormErrors errors = FormErrors.none();
    LocalDate on = form.date(errors, "Date removed");
    String reason = FormValues.text(form.notes());
    if (reason == null) {
      errors.add("notes", "Give the reason for removing the registration");
    }
    if (errors.any()) {
      return changeForm(model, crn, registration, "remove", form, errors);
    }
    return OutcomePages.show(registrations.remove(crn, id, on, reason, form.seenVersion()), redirect, crn,
        registration.type().label() + " registration removed",
        ANCHORS, failed -> changeForm(model, crn, registration, "remove", form, failed));
  }

  private String roshForm(Model model, String crn, RoshForm form, FormErrors errors) {
    model.addAttribute("crn", crn);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", AssessmentKind.values());
    model.addAttribute("stages", AssessmentStage.values());
    model.addAttribute("levels", RoshLevel.values());
    return "risk/rosh-form";
  }

  private String registrationForm(Model model, String crn, RegistrationForm form, FormErrors errors) {
    model.addAttribute("crn", crn);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", RegisterType.values());
    model.addAttribute("levels", org.probatio.risk.RegistrationLevel.values());
    return "risk/registration-form";
  }

  private String changeForm(Model model, String crn, Registration registration, String action,
      RegistrationChangeForm form, FormErrors errors) {
    model.addAttribute("crn", crn);
    model.addAttribute("registration", registration);
    model.addAttribute("action", action);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "risk/registration-change";
  }

  private void visible(String crn) {
    if (!people.canSee(crn)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private Registration active(String crn, long id) {
    visible(crn);
    return registrations.all(crn).stream().filter(r -> r.id() == id && r.active()).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
