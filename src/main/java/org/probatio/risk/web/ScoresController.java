package org.probatio.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.risk.PersonScores;
import org.probatio.risk.scoring.ScoringRequest;
import org.probatio.web.FormErrors;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** How a person's scores were calculated: inputs, each term's contribution, and the versions used. */
@Controller
class ScoresController {

  private final PersonScores scores;
  private final People people;
  private final JsonMapper json;
  private final Clock clock;

  ScoresController(PersonScores scores, People people, JsonMapper json, Clock clock) {
    this.scores = scores;
    this.people = people;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/people/{crn}/risk/scores/chart.svg")
  ResponseEntity<String> chart(@PathVariable String crn) {
    if (!people.canSee(crn)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("image/svg+xml"))
        // shown only as an image, which runs no script: the drawing's inline styles are all it needs
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .body(ScoreHistoryChart.svg(scores.history(crn)));
  }

  @GetMapping("/people/{crn}/risk/scores/new")
  String newScores(@PathVariable String crn, Model model) {
    if (!people.canSee(crn)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Map<String, List<String>> typed = new LinkedHashMap<>();
    scores.history(crn).stream().findFirst().ifPresent(latest ->
        json.convertValue(latest.calculation().inputs(), Map.class).forEach((key, value) -> typed.putAll(typedValue(
            String.valueOf(key), value))));
    typed.putAll(typedValue("assessmentDate", LocalDate.now(clock).toString()));
    return scoreForm(model, crn, typed, FormErrors.none());
  }

  @PostMapping("/people/{crn}/risk/scores")
  String calculate(@PathVariable String crn, @RequestParam MultiValueMap<String, String> params, Model model,
      RedirectAttributes redirect) {
    FormErrors errors = FormErrors.none();
    Map<String, Object> answers = ScoreFormFields.read(params, errors);
    ScoringRequest request = null;
    if (!errors.any()) {
      try {
        request = json.convertValue(answers, ScoringRequest.class);
      } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
        errors.add("record", "Choose each answer from the options given", "main-content");
      }
    }
    if (request == null) {
      return scoreForm(model, crn, params, errors);
    }
    PersonScores.Outcome outcome = scores.calculate(crn, request);
    if (outcome instanceof PersonScores.Outcome.Calculated calculated) {
      redirect.addFlashAttribute("notice", "Scores calculated");
      return "redirect:/people/" + crn + "/risk/scores/" + calculated.calculation().id();
    }
    if (outcome instanceof PersonScores.Outcome.GenderNeeded) {
      return scoreForm(model, crn, params, FormErrors.none().add("gender",
          "The scores need the person's gender recorded as male or female. Change it on their record first", "main-content"));
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  private String scoreForm(Model model, String crn, Map<String, List<String>> typed, FormErrors errors) {
    Map<String, String> single = new LinkedHashMap<>();
    typed.forEach((key, values) -> single.put(key, values.isEmpty() ? null : values.get(0)));
    model.addAttribute("crn", crn);
    model.addAttribute("typed", single);
    model.addAttribute("convictions", typed.getOrDefault("previousConvictions", List.of()));
    model.addAttribute("sections", ScoreFormFields.SECTIONS);
    model.addAttribute("previousConvictions", ScoreFormFields.PREVIOUS_CONVICTIONS);
    model.addAttribute("errors", errors);
    return "risk/score-form";
  }

  /** A stored answer as the form's inputs hold it: dates in three boxes, lists as ticked boxes. */
  private static Map<String, List<String>> typedValue(String name, Object value) {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof List<?> list) {
      return Map.of(name, list.isEmpty() ? List.of("NONE") : list.stream().map(String::valueOf).toList());
    }
    String text = String.valueOf(value);
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      DateInput date = DateInput.of(LocalDate.parse(text));
      return Map.of(name + "Day", List.of(date.day()), name + "Month", List.of(date.month()), name + "Year",
          List.of(date.year()));
    }
    return Map.of(name, List.of(text));
  }

  @GetMapping("/people/{crn}/risk/scores/{id}")
  String breakdown(@PathVariable String crn, @PathVariable long id, Model model) {
    if (!(people.view(crn) instanceof Lookup.Found found)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    PersonScores.Replay replay = scores.replay(crn, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Map<String, Object> inputs = new LinkedHashMap<>();
    json.convertValue(replay.calculation().inputs(), Map.class).forEach((key, value) -> {
      if (value != null) {
        inputs.put(String.valueOf(key), value);
      }
    });
    model.addAttribute("person", found.person());
    model.addAttribute("replay", replay);
    model.addAttribute("lines", ScoreLine.of(replay.calculation().scores()));
    model.addAttribute("inputs", inputs);
    return "risk/score-breakdown";
  }
}
