package org.probatio.court.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.court.Charge;
import org.probatio.court.CourtRecords;
import org.probatio.court.CourtSession;
import org.probatio.court.Hearings;
import org.probatio.court.NewHearing;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.Requirement;
import org.probatio.court.Sentences;
import org.probatio.people.FieldError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Court: hearings and sentences", description = "Hearings with their charges, sentences, and a person's court record")
class HearingsApi {

  record ChargeRequest(@Nullable String offenceCode, @Nullable String description) {}

  record HearingRequest(@Nullable String crn, @Nullable String court, @Nullable LocalDate date,
      @Nullable CourtSession session, @Nullable String courtroom, @Nullable List<ChargeRequest> charges) {}

  record SentenceRequest(@Nullable OrderType orderType, @Nullable Integer lengthMonths, @Nullable LocalDate sentenceDate,
      @Nullable List<Requirement> requirements, @Nullable LocalDate expectedReleaseDate,
      @Nullable List<String> licenceConditions) {}

  private final Hearings hearings;
  private final Sentences sentences;
  private final CourtRecords records;

  HearingsApi(Hearings hearings, Sentences sentences, CourtRecords records) {
    this.hearings = hearings;
    this.sentences = sentences;
    this.records = records;
  }

  @PostMapping("/api/v1/court/hearings")
  @Operation(summary = "List a hearing for a person found through /api/v1/people. The same person, court, date and "
      + "session again answers with the first hearing (Idempotent-Replayed: true)")
  ResponseEntity<?> add(@RequestBody HearingRequest request) {
    if (request.crn() == null || request.crn().isBlank()) {
      return CourtResponses.invalid(List.of(new FieldError("crn", "'crn' is required: find the person through /api/v1/people")));
    }
    List<Charge> charges = request.charges() == null ? List.of() : request.charges().stream()
        .map(c -> new Charge(String.valueOf(c.offenceCode()), c.description() == null ? "" : c.description())).toList();
    return CourtResponses.created(hearings.add(new NewHearing(request.crn().strip().toUpperCase(), request.court(),
        request.date(), request.session(), request.courtroom(), charges)), "/api/v1/court/hearings/",
        "person with CRN " + request.crn().strip());
  }

  @GetMapping("/api/v1/court/hearings/{id}")
  @Operation(summary = "A hearing with its charges")
  ResponseEntity<?> hearing(@PathVariable long id) {
    return hearings.hearing(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> CourtResponses.notFound("hearing " + id));
  }

  @PostMapping("/api/v1/court/hearings/{id}/sentence")
  @Operation(summary = "Record the sentence passed at a hearing; this announces SentenceRecorded, on which allocation "
      + "starts. A hearing has one sentence: recording it again answers with the first")
  ResponseEntity<?> sentence(@PathVariable long id, @RequestBody SentenceRequest request) {
    List<Requirement> requirements = request.requirements() == null ? List.of() : request.requirements();
    List<FieldError> untyped = new ArrayList<>();
    for (int i = 0; i < requirements.size(); i++) {
      if (requirements.get(i) == null || requirements.get(i).type() == null) {
        untyped.add(new FieldError("requirements[" + i + "].type", "'requirements[" + i + "].type' is required"));
      }
    }
    if (!untyped.isEmpty()) {
      return CourtResponses.invalid(untyped);
    }
    NewSentence sentence = new NewSentence(request.orderType(), request.lengthMonths(), request.sentenceDate(),
        requirements, request.expectedReleaseDate(), request.licenceConditions() == null ? List.of() : request.licenceConditions());
    return CourtResponses.created(sentences.record(id, sentence), "/api/v1/court/sentences/", "hearing " + id);
  }

  @GetMapping("/api/v1/court/sentences/{id}")
  @Operation(summary = "A sentence with its requirements, or its release date and licence conditions")
  ResponseEntity<?> sentence(@PathVariable long id) {
    return sentences.sentence(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> CourtResponses.notFound("sentence " + id));
  }

  @GetMapping("/api/v1/people/{crn}/court")
  @Operation(summary = "A person's court record: hearings, reports with their checks, and sentences, newest first")
  ResponseEntity<?> record(@PathVariable String crn) {
    return records.of(crn.toUpperCase()).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> CourtResponses.notFound("person with CRN " + crn));
  }
}
