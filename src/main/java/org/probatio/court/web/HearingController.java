package org.probatio.court.web;

import java.time.Clock;
import org.probatio.court.CourtOutcome;
import org.probatio.court.CourtRecord;
import org.probatio.court.CourtRecords;
import org.probatio.court.CourtSession;
import org.probatio.court.Deadlines;
import org.probatio.court.Hearing;
import org.probatio.court.Hearings;
import org.probatio.court.NewHearing;
import org.probatio.people.People;
import org.probatio.people.Person;
import org.probatio.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Listing a hearing: the defendant is found through the people search (or added there first, then
 * listed from their record), so the court never makes a second record of anyone.
 */
@Controller
class HearingController {

  private final Hearings hearings;
  private final CourtRecords records;
  private final People people;
  private final Clock clock;

  HearingController(Hearings hearings, CourtRecords records, People people, Clock clock) {
    this.hearings = hearings;
    this.records = records;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/court/hearings/new")
  String newHearing(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String crn, Model model) {
    if (crn != null) {
      return form(model, person(crn), HearingForm.blank(crn, Deadlines.courtDate(clock.instant())), FormErrors.none());
    }
    model.addAttribute("q", q);
    model.addAttribute("errors", FormErrors.none());
    if (!q.isBlank()) {
      people.search(q, 0, 20).ifPresentOrElse(results -> model.addAttribute("results", results),
          () -> model.addAttribute("errors", FormErrors.none().add("q", "Enter a CRN, PNC ID, date of birth or name")));
    }
    return "court/find-person";
  }

  @PostMapping("/court/hearings")
  String add(HearingForm form, Model model, RedirectAttributes redirect) {
    Person person = person(String.valueOf(form.crn()));
    FormErrors errors = FormErrors.none();
    NewHearing hearing = form.read(errors);
    if (errors.any()) {
      return form(model, person, form, CourtForms.with(errors, hearing.problems(), form.rows()::field, form::anchor));
    }
    CourtOutcome outcome = hearings.add(hearing);
    if (outcome instanceof CourtOutcome.Recorded recorded) {
      redirect.addFlashAttribute("notice", recorded.repeated() ? "This hearing was already listed" : "Hearing listed");
      return "redirect:/court/hearings/" + recorded.id();
    }
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      return form(model, person, form, CourtForms.errors(invalid.errors(), form.rows()::field, form::anchor));
    }
    throw CourtPages.notFound();
  }

  @GetMapping("/court/hearings/{id}")
  String hearing(@PathVariable long id, Model model) {
    Hearing hearing = hearings.hearing(id).orElseThrow(CourtPages::notFound);
    CourtRecord record = records.of(hearing.crn()).orElseThrow(CourtPages::notFound);
    model.addAttribute("hearing", hearing);
    model.addAttribute("person", person(hearing.crn()));
    model.addAttribute("report", record.reportFor(id).orElse(null));
    model.addAttribute("sentence", record.sentenceFor(id).orElse(null));
    return "court/hearing";
  }

  private String form(Model model, Person person, HearingForm form, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("sessions", CourtSession.values());
    model.addAttribute("rows", java.util.stream.IntStream.range(0, HearingForm.ROWS).boxed().toList());
    return "court/hearing-form";
  }

  private Person person(String crn) {
    return CourtPages.person(people, crn);
  }
}
