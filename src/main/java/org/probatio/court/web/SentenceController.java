package org.probatio.court.web;

import java.util.stream.IntStream;
import org.probatio.court.CourtOutcome;
import org.probatio.court.Deadlines;
import org.probatio.court.Hearing;
import org.probatio.court.Hearings;
import org.probatio.court.OrderType;
import org.probatio.court.RequirementType;
import org.probatio.court.Sentences;
import org.probatio.people.People;
import org.probatio.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the sentence passed at a hearing, which sends the case to allocation. */
@Controller
class SentenceController {

  private final Hearings hearings;
  private final Sentences sentences;
  private final People people;
  private final java.time.Clock clock;

  SentenceController(Hearings hearings, Sentences sentences, People people, java.time.Clock clock) {
    this.hearings = hearings;
    this.sentences = sentences;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/court/hearings/{id}/sentence/new")
  String newSentence(@PathVariable long id, Model model) {
    return form(model, hearing(id), SentenceForm.blank(Deadlines.courtDate(clock.instant())), FormErrors.none());
  }

  @PostMapping("/court/hearings/{id}/sentence")
  String record(@PathVariable long id, SentenceForm form, Model model, RedirectAttributes redirect) {
    Hearing hearing = hearing(id);
    FormErrors errors = FormErrors.none();
    var sentence = form.read(errors);
    if (errors.any()) {
      return form(model, hearing, form, CourtForms.with(errors, sentence.problems(Deadlines.courtDate(clock.instant())),
          form::field, form::anchor));
    }
    CourtOutcome outcome = sentences.record(id, sentence);
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      return form(model, hearing, form, CourtForms.errors(invalid.errors(), form::field, form::anchor));
    }
    if (!(outcome instanceof CourtOutcome.Recorded recorded)) {
      throw CourtPages.notFound();
    }
    redirect.addFlashAttribute("notice", recorded.repeated() ? "A sentence was already recorded for this hearing"
        : "Sentence recorded: the case goes to allocation");
    return "redirect:/court/hearings/" + id;
  }

  private String form(Model model, Hearing hearing, SentenceForm form, FormErrors errors) {
    CourtPages.hearingForm(model, people, hearing, form, errors);
    model.addAttribute("orderTypes", OrderType.values());
    model.addAttribute("requirementTypes", RequirementType.values());
    model.addAttribute("rows", IntStream.range(0, SentenceForm.ROWS).boxed().toList());
    return "court/sentence-form";
  }

  private Hearing hearing(long id) {
    return hearings.hearing(id).orElseThrow(CourtPages::notFound);
  }
}
