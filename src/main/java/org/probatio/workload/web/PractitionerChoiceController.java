package org.probatio.workload.web;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.security.CurrentUser;
import org.probatio.security.Role;
import org.probatio.web.FormErrors;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.PractitionerCandidates;
import org.probatio.workforce.TeamRecord;
import org.probatio.workload.PractitionerCandidates.CaseSummary;
import org.probatio.workload.PractitionerOutcome;
import org.probatio.workload.ReallocationReason;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: its summary and a team's practitioners who might take it, the senior practitioner's form to
 * give it to one of them (or to move it to another, with the reason), and the allocation once made,
 * with the practitioner's capacity after it.
 */
@Controller
@RequestMapping("/practitioner-allocations")
class PractitionerChoiceController {

  private final PractitionerAllocations allocations;
  private final PractitionerCandidates candidates;
  private final CurrentUser currentUser;
  private final Clock clock;

  PractitionerChoiceController(PractitionerAllocations allocations, PractitionerCandidates candidates,
      CurrentUser currentUser, Clock clock) {
    this.allocations = allocations;
    this.candidates = candidates;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/cases/{id}")
  String choose(@PathVariable long id, @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String unit, Model model) {
    CaseSummary summary = summary(id);
    return page(model, summary, PractitionerForm.blank(null, team), unit, FormErrors.none(), false);
  }

  @GetMapping("/cases/{id}/reallocate")
  String reallocate(@PathVariable long id, @RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String unit, Model model) {
    CaseSummary summary = summary(id);
    if (summary.current() == null) {
      return "redirect:/practitioner-allocations/cases/" + id;
    }
    return page(model, summary, PractitionerForm.blank(summary.current(), team), unit, FormErrors.none(), true);
  }

  @PostMapping("/cases/{id}")
  String allocate(@PathVariable long id, PractitionerForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    if (!form.answered(errors)) {
      return page(model, summary(id), form, null, errors, form.reallocating());
    }
    PractitionerOutcome outcome = allocations.allocate(id, form.choice(currentUser.username(), id));
    if (outcome instanceof PractitionerOutcome.Allocated allocated) {
      if (allocated.repeated()) {
        redirect.addFlashAttribute("notice", "You had already sent this: the case was allocated once, and nothing"
            + " more was changed");
      }
      return "redirect:/practitioner-allocations/allocations/" + allocated.allocation().id();
    }
    if (outcome instanceof PractitionerOutcome.AlreadyAllocated taken) {
      CaseSummary now = summary(id);
      return page(model, now, PractitionerForm.blank(now.current(), form.team()), null,
          errors.add("case", taken.message(), "current"), false);
    }
    if (outcome instanceof PractitionerOutcome.Invalid invalid) {
      invalid.errors().forEach(e -> errors.add(e.field(), e.message()));
      return page(model, summary(id), form, null, errors, form.reallocating());
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  @GetMapping("/allocations/{id}")
  String allocated(@PathVariable long id, Model model) {
    model.addAttribute("made", candidates.allocated(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "practitioner/allocated";
  }

  /** The page, with the teams of the shown team's delivery unit to choose from, and the provider's units. */
  private String page(Model model, CaseSummary summary, PractitionerForm form, @Nullable String unit,
      FormErrors errors, boolean reallocating) {
    PractitionerCandidates.Candidates shown = candidates.candidates(summary, form.team(), unit);
    TeamRecord team = shown.teams().stream().filter(t -> t.code().equals(shown.teamCode())).findFirst().orElse(null);
    String shownUnit = team == null ? null : team.team().deliveryUnitCode();
    boolean senior = currentUser.signedIn().map(user -> user.has(Role.SENIOR_PRACTITIONER)).orElse(false);
    model.addAttribute("summary", summary);
    model.addAttribute("c", summary.providerCase());
    model.addAttribute("shown", shown);
    model.addAttribute("unitOptions", Option.deliveryUnits(shown.teams()));
    model.addAttribute("shownUnit", shownUnit);
    model.addAttribute("teamOptions", shown.teams().stream().filter(t -> t.team().deliveryUnitCode().equals(shownUnit))
        .map(t -> new Option(t.code(), t.name())).toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("reallocating", reallocating);
    boolean mayAllocate = senior && (summary.current() == null || reallocating);
    model.addAttribute("mayAllocate", mayAllocate);
    model.addAttribute("rows", CandidateRow.of(shown.candidates(), mayAllocate));
    model.addAttribute("mayReallocate", senior && summary.current() != null && !reallocating);
    model.addAttribute("anyIneligible", shown.candidates().stream().anyMatch(c -> !c.eligibility().eligible()));
    model.addAttribute("reasons", ReallocationReason.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "practitioner/case";
  }

  private CaseSummary summary(long id) {
    return candidates.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
