package org.probatio.allocation.web;

import java.time.Clock;
import java.time.LocalDate;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.DecisionOutcome;
import org.probatio.allocation.Proposal;
import org.probatio.allocation.policy.UnifiedService2021;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.web.FormErrors;
import org.probatio.web.RequestKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocator's work: the cases waiting for a provider, one case with the allocation gate or the
 * policy's decision and every factor it considered, deciding it (or overriding the policy), and the
 * overrides waiting for a senior practitioner.
 */
@Controller
class AllocationController {

  /** Who may record a RoSH screening, as the risk module's rules allow: the others are pointed to the risk page. */
  private static final Role[] ROSH_RECORDERS = {Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.COURT};

  private final Allocations allocations;
  private final CurrentUser currentUser;
  private final Clock clock;

  AllocationController(Allocations allocations, CurrentUser currentUser, Clock clock) {
    this.allocations = allocations;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/allocations")
  String awaiting(Model model) {
    model.addAttribute("cases", allocations.awaiting());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("canApprove", AllocationPages.holds(currentUser, AllocationRules.APPROVERS));
    return "allocation/awaiting";
  }

  @GetMapping("/allocations/approvals")
  String approvals(Model model) {
    model.addAttribute("waiting", allocations.awaitingApproval());
    return "allocation/approvals";
  }

  @GetMapping("/allocations/{caseId}")
  String allocationCase(@PathVariable long caseId, Model model) {
    Proposal proposal = proposal(caseId);
    return casePage(model, proposal, AllocateForm.blank(proposal.allocationCase()), FormErrors.none());
  }

  @PostMapping("/allocations/{caseId}")
  String decide(@PathVariable long caseId, AllocateForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    if (!form.chosen(errors)) {
      return casePage(model, proposal(caseId), form, errors);
    }
    DecisionOutcome outcome = allocations.decide(caseId, form.seenVersion(), form.override(),
        RequestKey.scoped(currentUser.username(), caseId, form.key()));
    if (outcome instanceof DecisionOutcome.Allocated allocated) {
      return toDecision(redirect, allocated.decision(), "Case allocated to " + AllocationPages.provider(allocated.decision()));
    }
    if (outcome instanceof DecisionOutcome.AwaitingApproval waiting) {
      return toDecision(redirect, waiting.decision(), "Override sent for approval. The case is allocated to "
          + AllocationPages.provider(waiting.decision()) + " once a senior practitioner approves it");
    }
    if (outcome instanceof DecisionOutcome.Rejected rejected) {
      return toDecision(redirect, rejected.decision(), "You sent this override before, and it was turned down");
    }
    if (outcome instanceof DecisionOutcome.Invalid invalid) {
      invalid.errors().forEach(e -> errors.add(e.field(), e.message()));
      return casePage(model, proposal(caseId), form, errors);
    }
    if (outcome instanceof DecisionOutcome.Blocked blocked) {
      return casePage(model, proposal(caseId), form, errors.add("case", blocked.reason(), "gate"));
    }
    if (outcome instanceof DecisionOutcome.AlreadyDecided taken) {
      Proposal now = proposal(caseId);
      return casePage(model, now, form.withVersion(now.allocationCase().version()),
          errors.add("case", taken.message(), "status"));
    }
    throw AllocationPages.notFound();
  }

  private String casePage(Model model, Proposal proposal, AllocateForm form, FormErrors errors) {
    AllocationCase c = proposal.allocationCase();
    model.addAttribute("allocationCase", c);
    model.addAttribute("blocked", proposal instanceof Proposal.Blocked blocked ? blocked : null);
    model.addAttribute("ready", proposal instanceof Proposal.Ready ready ? ready : null);
    model.addAttribute("waiting", c.decided() ? null : allocations.awaitingApproval().stream()
        .filter(d -> d.caseId() != null && d.caseId() == c.id()).findFirst().orElse(null));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("canRecordRosh", AllocationPages.holds(currentUser, ROSH_RECORDERS));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("choices", AllocateForm.Choice.values());
    model.addAttribute("providers", AllocateForm.OVERRIDE_PROVIDERS);
    // the unified service has one provider: there is nowhere else an override could send the case
    model.addAttribute("overridable", !UnifiedService2021.VERSION.equals(allocations.policyVersion()));
    return "allocation/case";
  }

  private Proposal proposal(long caseId) {
    return allocations.propose(caseId).orElseThrow(AllocationPages::notFound);
  }

  private static String toDecision(RedirectAttributes redirect, AllocationDecision decision, String notice) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/allocations/decisions/" + decision.id();
  }
}
