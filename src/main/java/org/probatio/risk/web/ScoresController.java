package org.probatio.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.PersonScores;
import org.springframework.http.HttpStatus;
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

  ScoresController(PersonScores scores, People people, JsonMapper json) {
    this.scores = scores;
    this.people = people;
    this.json = json;
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
