package org.probatio.workload.web;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.web.Dates;
import org.probatio.web.FormErrors;
import org.probatio.workforce.Reduction;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionDetails;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.SaveOutcome;
import org.probatio.workforce.StaffRecord;
import org.probatio.workforce.StaffRecords;
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
 * Adding a reduction to a member of staff's workload (from a preset or not), changing it, ending it
 * early, and removing one entered by mistake after confirming. Administrators may do this for anyone;
 * senior practitioners for their own provider's staff.
 */
@Controller
@RequestMapping("/admin/staff/{code}/reductions")
class ReductionsController {

  private static final String THIS_REDUCTION = "this reduction";

  private final Reductions reductions;
  private final StaffRecords staff;
  private final StaffAccess access;
  private final Clock clock;

  ReductionsController(Reductions reductions, StaffRecords staff, StaffAccess access, Clock clock) {
    this.reductions = reductions;
    this.staff = staff;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/new")
  String blank(@PathVariable String code, @RequestParam(required = false) @Nullable String preset, Model model) {
    StaffRecord record = changeable(code);
    ReductionCategory chosen = FormFields.choice(ReductionCategory.class, preset);
    return form(model, record, null, ReductionForm.blank(chosen, LocalDate.now(clock)), FormErrors.none());
  }

  @PostMapping
  String add(@PathVariable String code, ReductionForm form, Model model, RedirectAttributes redirect) {
    StaffRecord record = changeable(code);
    FormErrors errors = FormErrors.none();
    ReductionDetails details = form.read(errors);
    if (!errors.any()) {
      SaveOutcome<Long> outcome = reductions.add(record.code(), details, form.requestKey());
      if (outcome instanceof SaveOutcome.Saved<Long> saved) {
        Reduction added = reductions.find(record.code(), saved.key()).orElseThrow();
        redirect.addFlashAttribute("notice", added.category().label() + " reduction of " + added.size() + " added");
        return "redirect:/admin/staff/" + record.code();
      }
      FormFields.refused(errors, ((SaveOutcome.Refused<Long>) outcome).problems());
    }
    return form(model, record, null, form, errors);
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String code, @PathVariable long id, Model model) {
    StaffRecord record = changeable(code);
    Reduction reduction = reduction(record, id);
    return form(model, record, reduction, ReductionForm.of(reduction), FormErrors.none());
  }

  @PostMapping("/{id}")
  String change(@PathVariable String code, @PathVariable long id, ReductionForm form, Model model,
      RedirectAttributes redirect) {
    StaffRecord record = changeable(code);
    Reduction reduction = reduction(record, id);
    FormErrors errors = FormErrors.none();
    ReductionDetails details = form.read(errors);
    if (errors.any()) {
      return form(model, record, reduction, form, errors);
    }
    SaveOutcome<Long> outcome = reductions.change(record.code(), id, details, form.seenVersion());
    if (outcome instanceof SaveOutcome.Saved<Long>) {
      redirect.addFlashAttribute("notice", "Reduction changed");
      return "redirect:/admin/staff/" + record.code();
    }
    if (outcome instanceof SaveOutcome.Stale<Long> stale) {
      return form(model, record, reduction, form.withVersion(stale.currentVersion()), errors.add("record",
          Stale.explained(THIS_REDUCTION, stale.changedBy(), stale.changedAt(), Stale.SAVE_AGAIN), "category"));
    }
    notFoundIf(outcome);
    return form(model, record, reduction, form,
        FormFields.refused(errors, ((SaveOutcome.Refused<Long>) outcome).problems()));
  }

  @GetMapping("/{id}/end")
  String confirmEnd(@PathVariable String code, @PathVariable long id, Model model) {
    StaffRecord record = changeable(code);
    Reduction reduction = reduction(record, id);
    return ending(model, record, reduction, DayForm.of(LocalDate.now(clock), reduction.version()), FormErrors.none());
  }

  @PostMapping("/{id}/end")
  String end(@PathVariable String code, @PathVariable long id, DayForm form, Model model, RedirectAttributes redirect) {
    StaffRecord record = changeable(code);
    Reduction reduction = reduction(record, id);
    FormErrors errors = FormErrors.none();
    LocalDate day = form.read(errors, "Last day of the reduction");
    if (day == null) {
      return ending(model, record, reduction, form, errors);
    }
    SaveOutcome<Long> outcome = reductions.end(record.code(), id, day, form.seenVersion());
    if (outcome instanceof SaveOutcome.Saved<Long>) {
      redirect.addFlashAttribute("notice", reduction.category().label() + " reduction ends on " + Dates.inWords(day));
      return "redirect:/admin/staff/" + record.code();
    }
    if (outcome instanceof SaveOutcome.Stale<Long> stale) {
      return ending(model, record, reduction, form.withVersion(stale.currentVersion()), errors.add("record",
          Stale.explained(THIS_REDUCTION, stale.changedBy(), stale.changedAt(), Stale.SAVE_AGAIN), "day-day"));
    }
    notFoundIf(outcome);
    ((SaveOutcome.Refused<Long>) outcome).problems().forEach((field, message) -> errors.add("day", message, "day-day"));
    return ending(model, record, reduction, form, errors);
  }

  @GetMapping("/{id}/remove")
  String confirmRemoval(@PathVariable String code, @PathVariable long id, Model model) {
    StaffRecord record = changeable(code);
    return removal(model, record, reduction(record, id), FormErrors.none());
  }

  @PostMapping("/{id}/remove")
  String remove(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) @Nullable Integer version,
      Model model, RedirectAttributes redirect) {
    StaffRecord record = changeable(code);
    Reduction reduction = reduction(record, id);
    SaveOutcome<Long> outcome = reductions.remove(record.code(), id, version == null ? -1 : version);
    if (outcome instanceof SaveOutcome.Stale<Long> stale) {
      return removal(model, record, reductions.find(record.code(), id).orElse(reduction), FormErrors.none().add("remove",
          Stale.explained(THIS_REDUCTION, stale.changedBy(), stale.changedAt(),
              "Nothing was removed: check the reduction below, and remove it if you still should")));
    }
    notFoundIf(outcome);
    redirect.addFlashAttribute("notice", reduction.category().label() + " reduction of " + reduction.size() + " removed");
    return "redirect:/admin/staff/" + record.code();
  }

  private String form(Model model, StaffRecord record, @Nullable Reduction reduction, ReductionForm form,
      FormErrors errors) {
    model.addAttribute("record", record);
    model.addAttribute("reduction", reduction);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", ReductionCategory.values());
    model.addAttribute("kinds", ReductionKind.values());
    return "workload/reduction-form";
  }

  private String ending(Model model, StaffRecord record, Reduction reduction, DayForm form, FormErrors errors) {
    model.addAttribute("record", record);
    model.addAttribute("reduction", reduction);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "workload/reduction-end";
  }

  private String removal(Model model, StaffRecord record, Reduction reduction, FormErrors errors) {
    model.addAttribute("record", record);
    model.addAttribute("reduction", reduction);
    model.addAttribute("errors", errors);
    return "workload/reduction-remove";
  }

  /** The member of staff, if the user may change their reductions: a 404 otherwise. */
  private StaffRecord changeable(String code) {
    return staff.find(code.toUpperCase()).filter(access::mayChangeReductions)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Reduction reduction(StaffRecord record, long id) {
    return reductions.find(record.code(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static void notFoundIf(SaveOutcome<Long> outcome) {
    if (outcome instanceof SaveOutcome.NotFound<Long>) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
