package org.probatio.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import org.probatio.risk.OffenceMappings;
import org.probatio.risk.ScoreJson;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ScoringRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Scores one request without storing anything: the same request and answer as a line of {@code probatio score}. */
@RestController
@Tag(name = "Risk", description = "RoSH assessments, registrations and actuarial scores")
class RiskScoresApi {

  private final OffenceMappings mappings;
  private final JsonMapper json;
  private final Clock clock;

  RiskScoresApi(OffenceMappings mappings, JsonMapper json, Clock clock) {
    this.mappings = mappings;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping(value = "/api/v1/risk-scores", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Calculate OGRS3, OVP, OGP, OSP/DC, OSP/IIC, SNSV and RSR for a V1_0 request, with the "
      + "offence mapping in force; the answer is the same as a line of 'probatio score'")
  ResponseEntity<String> score(@RequestBody ScoringRequest request) {
    OffenceWeights weights = mappings.inForce();
    RiskScores scores = RiskScores.score(request, LocalDate.now(clock), weights);
    StringWriter answer = new StringWriter();
    try (JsonGenerator generator = json.createGenerator(answer)) {
      new ScoreJson(weights.version()).write(generator, scores);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.toString());
  }
}
