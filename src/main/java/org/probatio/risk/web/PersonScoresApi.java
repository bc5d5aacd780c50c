package org.probatio.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.PersonScores;
import org.probatio.risk.PersonScores.Outcome;
import org.probatio.risk.ScoreCalculation;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ScoringRequest;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{crn}/risk-scores")
@Tag(name = "Risk", description = "RoSH assessments, registrations and actuarial scores")
class PersonScoresApi {

  /** A calculation with each predictor's terms and contributions, and whether it still reproduces. */
  record CalculationResource(ScoreCalculation calculation, Map<String, Map<String, Double>> features,
      @Nullable Boolean reproduced) {

    static CalculationResource of(ScoreCalculation calculation, @Nullable Boolean reproduced) {
      Map<String, Map<String, Double>> features = new LinkedHashMap<>();
      RiskScores s = calculation.scores();
      features.put("ogrs3", s.ogrs3().featureValues());
      features.put("ovp", s.ovp().featureValues());
      features.put("ogp", s.ogp().featureValues());
      features.put("ospDc", s.ospDc().featureValues());
      features.put("ospIic", s.ospIic().featureValues());
      features.put("snsv", s.snsv().featureValues());
      features.put("rsr", s.rsr().featureValues());
      return new CalculationResource(calculation, features, reproduced);
    }
  }

  private final PersonScores scores;
  private final People people;

  PersonScoresApi(PersonScores scores, People people) {
    this.scores = scores;
    this.people = people;
  }

  @PostMapping
  @Operation(summary = "Score the person: the answers use the V1_0 field names; gender and date of birth come from "
      + "the record, and the assessment date defaults to today")
  ResponseEntity<?> calculate(@PathVariable String crn, @RequestBody ScoringRequest answers) {
    Outcome outcome = scores.calculate(crn.toUpperCase(), answers);
    if (outcome instanceof Outcome.Calculated calculated) {
      return ResponseEntity.created(URI.create("/api/v1/people/" + crn.toUpperCase() + "/risk-scores/"
          + calculated.calculation().id())).body(CalculationResource.of(calculated.calculation(), null));
    }
    if (outcome instanceof Outcome.GenderNeeded) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("gender",
          "The actuarial scores need the person's gender recorded as male or female"))));
    }
    return notFound(crn);
  }

  @GetMapping
  @Operation(summary = "Every calculation for the person, newest first, each replayed to show it still reproduces")
  ResponseEntity<?> history(@PathVariable String crn) {
    if (!(people.view(crn.toUpperCase()) instanceof Lookup.Found)) {
      return notFound(crn);
    }
    return ResponseEntity.ok(scores.history(crn.toUpperCase()).stream()
        .map(replay -> CalculationResource.of(replay.calculation(), replay.reproduced())).toList());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One calculation with its inputs, every feature's contribution, and the model and mapping versions")
  ResponseEntity<?> one(@PathVariable String crn, @PathVariable long id) {
    if (!(people.view(crn.toUpperCase()) instanceof Lookup.Found)) {
      return notFound(crn);
    }
    return scores.replay(crn.toUpperCase(), id)
        .<ResponseEntity<?>>map(replay -> ResponseEntity.ok(CalculationResource.of(replay.calculation(), replay.reproduced())))
        .orElseGet(() -> notFound(crn));
  }

  private static ResponseEntity<?> notFound(String crn) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found",
        "No person record with CRN " + crn + " that you may see, or no such calculation");
  }

}
