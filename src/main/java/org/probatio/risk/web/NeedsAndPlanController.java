package org.probatio.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.people.People;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.risk.Need;
import org.probatio.risk.NeedRating;
import org.probatio.risk.NeedsAndPlans;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RiskManagementPlan;
import org.probatio.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assessing criminogenic needs, and writing the risk management plan. */
@Controller
class NeedsAndPlanController {

  private static final Map<String, String> ANCHORS = Map.of("assessedOn", "assessedOn-day", "reviewOn", "reviewOn-day");

  private final NeedsAndPlans needsAndPlans;
  private final People people;
  private final Clock clock;

  NeedsAndPlanController(NeedsAndPlans needsAndPlans, People people, Clock clock) {
    this.needsAndPlans = needsAndPlans;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/people/{crn}/risk/needs/new")
  String needsForm(@PathVariable String crn, Model model) {
    visible(crn);
    Map<String, String> typed = new java.util.HashMap<>();
    needsAndPlans.currentNeeds(crn).ifPresent(current -> current.ratings().forEach((k, v) -> typed.put(k.name(), v.name())));
    DateInput today = DateInput.of(LocalDate.now(clock));
    typed.put("assessedOnDay", today.day());
    typed.put("assessedOnMonth", today.month());
    typed.put("assessedOnYear", today.year());
    return needsPage(model, crn, typed, FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/needs")
  String assessNeeds(@PathVariable String crn, @RequestParam MultiValueMap<String, String> params, Model model,
      RedirectAttributes redirect) {
    Map<String, String> typed = params.toSingleValueMap();
    FormErrors errors = FormErrors.none();
    LocalDate on = FormValues.date(errors, "assessedOn", "Date of the assessment",
        new DateInput(typed.get("assessedOnDay"), typed.get("assessedOnMonth"), typed.get("assessedOnYear")));
    Map<Need, NeedRating> ratings = new EnumMap<>(Need.class);
    for (Need need : Need.values()) {
      NeedRating rating = FormValues.choice(errors, need.name(), typed.get(need.name()), NeedRating.class,
          "Rate " + need.label().toLowerCase());
      if (rating != null) {
        ratings.put(need, rating);
      }
    }
    if (errors.any()) {
      return needsPage(model, crn, typed, errors);
    }
    RecordOutcome outcome = needsAndPlans.assessNeeds(crn, on, ratings);
    return OutcomePages.show(outcome, redirect, crn, "Needs assessment recorded", ANCHORS,
        failed -> needsPage(model, crn, typed, failed));
  }

  @GetMapping("/people/{crn}/risk/plan")
  String planForm(@PathVariable String crn, Model model) {
    visible(crn);
    RiskManagementPlan plan = needsAndPlans.plan(crn).orElse(null);
    DateInput review = DateInput.of(plan != null ? plan.reviewOn() : LocalDate.now(clock).plusMonths(4));
    return planPage(model, crn, plan == null ? "" : plan.plan(), review, plan == null ? -1 : plan.version(),
        FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/plan")
  String savePlan(@PathVariable String crn, @RequestParam(defaultValue = "") String plan,
      @RequestParam(required = false) @Nullable String reviewOnDay,
      @RequestParam(required = false) @Nullable String reviewOnMonth,
      @RequestParam(required = false) @Nullable String reviewOnYear,
      @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
    DateInput typedDate = new DateInput(reviewOnDay, reviewOnMonth, reviewOnYear);
    FormErrors errors = FormErrors.none();
    LocalDate reviewOn = FormValues.date(errors, "reviewOn", "Review date", typedDate);
    if (reviewOn == null) {
      return planPage(model, crn, plan, typedDate, version, errors);
    }
    return OutcomePages.show(needsAndPlans.savePlan(crn, plan, reviewOn, version), redirect, crn,
        "Risk management plan saved", ANCHORS, failed -> planPage(model, crn, plan, typedDate, version, failed));
  }

  private String needsPage(Model model, String crn, Map<String, String> typed, FormErrors errors) {
    model.addAttribute("crn", crn);
    model.addAttribute("typed", typed);
    model.addAttribute("needs", Need.values());
    model.addAttribute("ratings", NeedRating.values());
    model.addAttribute("errors", errors);
    return "risk/needs-form";
  }

  private String planPage(Model model, String crn, String plan, DateInput reviewOn, int version, FormErrors errors) {
    model.addAttribute("crn", crn);
    model.addAttribute("plan", plan);
    model.addAttribute("reviewOn", reviewOn);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    return "risk/plan-form";
  }

  private void visible(String crn) {
    if (!people.canSee(crn)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
