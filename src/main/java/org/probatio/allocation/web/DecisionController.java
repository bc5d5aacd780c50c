package org.probatio.allocation.web;

import java.util.List;
import java.util.Locale;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.DecisionOutcome;
import org.probatio.allocation.DecisionStatus;
import org.probatio.allocation.Tiers;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.security.CurrentUser;
import org.probatio.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision explained in plain words, with a senior practitioner's review of an override; and a
 * person's decisions and current tier, for everyone who may read the record.
 */
@Controller
class DecisionController {

  static final String NOT_AN_OVERRIDE = "The policy made this decision: only an override is reviewed";

  private final Allocations allocations;
  private final Tiers tiers;
  private final People people;
  private final CurrentUser currentUser;

  DecisionController(Allocations allocations, Tiers tiers, People people, CurrentUser currentUser) {
    this.allocations = allocations;
    this.tiers = tiers;
    this.people = people;
    this.currentUser = currentUser;
  }

  @GetMapping("/allocations/decisions/{id}")
  String decision(@PathVariable long id, Model model) {
    return decisionPage(model, decision(id), ReviewForm.blank(), FormErrors.none());
  }

  @PostMapping("/allocations/decisions/{id}/review")
  String review(@PathVariable long id, ReviewForm form, Model model, RedirectAttributes redirect) {
    AllocationDecision decision = decision(id);
    if (!decision.overridden()) {
      return decisionPage(model, decision, form, FormErrors.none().add("review", NOT_AN_OVERRIDE, "summary"));
    }
    FormErrors errors = FormErrors.none();
    Boolean approve = form.approve(errors);
    if (approve == null) {
      return decisionPage(model, decision, form, errors);
    }
    DecisionOutcome outcome = allocations.review(id, approve, form.note());
    if (outcome instanceof DecisionOutcome.Allocated allocated) {
      redirect.addFlashAttribute("notice", "Override approved: the case is allocated to "
          + AllocationPages.provider(allocated.decision()));
      return "redirect:/allocations/decisions/" + id;
    }
    if (outcome instanceof DecisionOutcome.Rejected) {
      redirect.addFlashAttribute("notice", "Override turned down: the case is waiting to be allocated again");
      return "redirect:/allocations/decisions/" + id;
    }
    if (outcome instanceof DecisionOutcome.Invalid invalid) {
      invalid.errors().forEach(e -> errors.add(e.field(), e.message(), e.field().equals("approve") ? "outcome" : e.field()));
      return decisionPage(model, decision, form, errors);
    }
    if (outcome instanceof DecisionOutcome.AlreadyDecided taken) {
      return decisionPage(model, decision(id), form, errors.add("review", taken.message(), "override"));
    }
    throw AllocationPages.notFound();
  }

  @GetMapping("/people/{crn}/allocations")
  String person(@PathVariable String crn, Model model) {
    String upper = crn.toUpperCase(Locale.ROOT);
    if (!(people.view(upper) instanceof Lookup.Found found)) {
      throw AllocationPages.notFound();
    }
    List<AllocationDecision> decisions = allocations.decisions(upper).orElseThrow(AllocationPages::notFound);
    model.addAttribute("person", found.person());
    model.addAttribute("decisions", decisions);
    model.addAttribute("current", tiers.current(upper).orElse(null));
    return "allocation/person";
  }

  private String decisionPage(Model model, AllocationDecision decision, ReviewForm form, FormErrors errors) {
    boolean waiting = decision.status() == DecisionStatus.AWAITING_APPROVAL
        && AllocationPages.holds(currentUser, AllocationRules.APPROVERS);
    boolean theirs = decision.decidedBy().equals(currentUser.username());
    model.addAttribute("explanation", Explanation.of(decision, allocations.replays(decision)));
    model.addAttribute("canReview", waiting && !theirs);
    model.addAttribute("ownOverride", waiting && theirs);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", ReviewForm.Outcome.values());
    return "allocation/decision";
  }

  private AllocationDecision decision(long id) {
    return allocations.decision(id).orElseThrow(AllocationPages::notFound);
  }
}
