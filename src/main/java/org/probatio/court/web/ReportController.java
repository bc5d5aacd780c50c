package org.probatio.court.web;

import java.util.List;
import org.probatio.court.CourtOutcome;
import org.probatio.court.Hearing;
import org.probatio.court.Hearings;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PartnerChecks;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportSection;
import org.probatio.court.ReportType;
import org.probatio.court.Reports;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.web.FormErrors;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting, writing and completing a pre-sentence report. */
@Controller
class ReportController {

  private static final String NOT_SAVED = ". Your changes are not saved yet. Open the report in a new tab to see theirs, "
      + "then check yours below and save again";

  private final Hearings hearings;
  private final Reports reports;
  private final PartnerChecks checks;
  private final People people;
  private final Workforce workforce;
  private final CurrentUser currentUser;

  ReportController(Hearings hearings, Reports reports, PartnerChecks checks, People people, Workforce workforce,
      CurrentUser currentUser) {
    this.hearings = hearings;
    this.reports = reports;
    this.checks = checks;
    this.people = people;
    this.workforce = workforce;
    this.currentUser = currentUser;
  }

  @GetMapping("/court/hearings/{id}/report/new")
  String newReport(@PathVariable long id, Model model) {
    String me = currentUser.signedIn().map(SignedInUser::staffCode).orElse(null);
    return startForm(model, hearing(id), ReportStartForm.blank(me), FormErrors.none());
  }

  @PostMapping("/court/hearings/{id}/report")
  String start(@PathVariable long id, ReportStartForm form, Model model, RedirectAttributes redirect) {
    Hearing hearing = hearing(id);
    FormErrors errors = FormErrors.none();
    var report = form.read(errors);
    if (report == null) {
      return startForm(model, hearing, form, errors);
    }
    CourtOutcome outcome = reports.start(id, report);
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      return startForm(model, hearing, form, CourtForms.errors(invalid.errors(), f -> f, ReportStartForm::anchor));
    }
    CourtOutcome.Recorded started = recorded(outcome);
    redirect.addFlashAttribute("notice", started.repeated() ? "This hearing already has a report"
        : "Report started, and the police and children's services checks requested");
    return "redirect:/court/reports/" + started.id();
  }

  @GetMapping("/court/reports/{id}")
  String report(@PathVariable long id, Model model) {
    PreSentenceReport report = report(id);
    return reportPage(model, report, SectionsForm.of(report.sections(), report.version()), FormErrors.none());
  }

  @PostMapping("/court/reports/{id}/sections")
  String save(@PathVariable long id, SectionsForm form, Model model, RedirectAttributes redirect) {
    CourtOutcome outcome = reports.saveSections(id, form.sections(), form.seenVersion());
    if (outcome instanceof CourtOutcome.Stale stale) {
      return reportPage(model, report(id), form.withVersion(stale.currentVersion()),
          FormErrors.none().add("report", stale.message() + NOT_SAVED, "sources"));
    }
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      return reportPage(model, report(id), form, CourtForms.errors(invalid.errors(), f -> f, f -> "main-content"));
    }
    recorded(outcome);
    redirect.addFlashAttribute("notice", "Report saved");
    return "redirect:/court/reports/" + id;
  }

  @GetMapping("/court/reports/{id}/checks/{checkId}")
  String checkForm(@PathVariable long id, @PathVariable long checkId, Model model) {
    PreSentenceReport report = report(id);
    PartnerCheck check = check(report, checkId);
    return checkPage(model, report, check, CheckForm.of(check), FormErrors.none());
  }

  @PostMapping("/court/reports/{id}/checks/{checkId}")
  String respond(@PathVariable long id, @PathVariable long checkId, CheckForm form, Model model,
      RedirectAttributes redirect) {
    PreSentenceReport report = report(id);
    PartnerCheck check = check(report, checkId);
    FormErrors errors = FormErrors.none();
    var response = form.read(errors);
    if (response == null) {
      return checkPage(model, report, check, form, errors);
    }
    CourtOutcome outcome = checks.respond(checkId, response, form.seenVersion());
    if (outcome instanceof CourtOutcome.Stale stale) {
      return checkPage(model, report, check, form.withVersion(stale.currentVersion()), FormErrors.none()
          .add("check", stale.message() + ". Check their answer on the report, then record yours again if it is still right",
              "outcome"));
    }
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      return checkPage(model, report, check, form, CourtForms.errors(invalid.errors(), f -> f, f -> f));
    }
    recorded(outcome);
    redirect.addFlashAttribute("notice", check.kind().label() + ": answer recorded");
    return "redirect:/court/reports/" + id;
  }

  @GetMapping("/court/reports/{id}/complete")
  String confirm(@PathVariable long id, Model model) {
    PreSentenceReport report = report(id);
    if (report.completed()) {
      return "redirect:/court/reports/" + id;
    }
    return completePage(model, report, new CompleteForm(null, report.version()), FormErrors.none());
  }

  @PostMapping("/court/reports/{id}/complete")
  String complete(@PathVariable long id, CompleteForm form, Model model, RedirectAttributes redirect) {
    CourtOutcome outcome = reports.complete(id, form.delivered(), form.seenVersion());
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      List<FieldError> missing = invalid.errors().stream().filter(e -> !e.field().equals("deliveredOnDay")).toList();
      if (missing.isEmpty()) {
        return completePage(model, report(id), form, CourtForms.errors(invalid.errors(), f -> f, f -> f));
      }
      PreSentenceReport report = report(id);
      return reportPage(model, report, SectionsForm.of(report.sections(), report.version()),
          CourtForms.errors(missing, f -> f, f -> f));
    }
    if (outcome instanceof CourtOutcome.Stale stale) {
      PreSentenceReport report = report(id);
      return reportPage(model, report, SectionsForm.of(report.sections(), report.version()),
          FormErrors.none().add("report", stale.message() + ". Check the report, then complete it again", "sources"));
    }
    CourtOutcome.Recorded completed = recorded(outcome);
    redirect.addFlashAttribute("notice", completed.repeated() ? "The report was already completed" : "Report completed");
    return "redirect:/court/reports/" + id;
  }

  private String startForm(Model model, Hearing hearing, ReportStartForm form, FormErrors errors) {
    CourtPages.hearingForm(model, people, hearing, form, errors);
    model.addAttribute("types", ReportType.values());
    model.addAttribute("authors", currentUser.signedIn().map(SignedInUser::staffCode).flatMap(workforce::staffMember)
        .map(me -> workforce.teamMembers(me.teamCode())).orElse(List.<StaffMember>of()));
    return "court/report-start";
  }

  private String reportPage(Model model, PreSentenceReport report, SectionsForm form, FormErrors errors) {
    model.addAttribute("report", report);
    model.addAttribute("hearing", hearing(report.hearingId()));
    model.addAttribute("person", CourtPages.person(people, report.crn()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("sections", ReportSection.values());
    return "court/report";
  }

  private String checkPage(Model model, PreSentenceReport report, PartnerCheck check, CheckForm form, FormErrors errors) {
    model.addAttribute("report", report);
    model.addAttribute("check", check);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", org.probatio.court.CheckOutcome.values());
    return "court/check-form";
  }

  private String completePage(Model model, PreSentenceReport report, CompleteForm form, FormErrors errors) {
    model.addAttribute("report", report);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "court/complete";
  }

  private Hearing hearing(long id) {
    return hearings.hearing(id).orElseThrow(CourtPages::notFound);
  }

  private PreSentenceReport report(long id) {
    return reports.report(id).orElseThrow(CourtPages::notFound);
  }

  private static PartnerCheck check(PreSentenceReport report, long checkId) {
    return report.checks().stream().filter(c -> c.id() == checkId).findFirst().orElseThrow(CourtPages::notFound);
  }

  /** What is left once the failures a page can show are dealt with: saved, or not found. */
  private static CourtOutcome.Recorded recorded(CourtOutcome outcome) {
    if (outcome instanceof CourtOutcome.Recorded recorded) {
      return recorded;
    }
    throw CourtPages.notFound();
  }
}
