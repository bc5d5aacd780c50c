package org.probatio.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RegistrationLevel;
import org.probatio.risk.Registration;
import org.probatio.risk.Registrations;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevels;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{crn}")
@Tag(name = "Risk", description = "RoSH assessments and registrations (warning flags)")
class RiskApi {

  record RiskResource(String crn, @Nullable RoshAssessment currentRosh, List<RoshAssessment> roshHistory,
      List<Registration> registrations) {}

  record RoshRequest(@Nullable AssessmentKind kind, @Nullable AssessmentStage stage, @Nullable LocalDate completedOn,
      @Nullable RoshLevels levels, @Nullable Long replacing) {}

  record RegistrationRequest(@Nullable RegisterType type, @Nullable RegistrationLevel level, @Nullable LocalDate registeredOn,
      @Nullable Integer mappaCategory, @Nullable Integer mappaLevel, @Nullable Integer reviewEveryMonths,
      @Nullable String notes) {}

  record ChangeRequest(@Nullable LocalDate on, @Nullable String notes) {}

  record Recorded(long id) {}

  private final People people;
  private final RoshAssessments rosh;
  private final Registrations registrations;

  RiskApi(People people, RoshAssessments rosh, Registrations registrations) {
    this.people = people;
    this.rosh = rosh;
    this.registrations = registrations;
  }

  @GetMapping("/risk")
  @Operation(summary = "The person's current RoSH, its history, and every registration")
  ResponseEntity<?> risk(@PathVariable String crn) {
    String upper = crn.toUpperCase();
    if (!(people.view(upper) instanceof Lookup.Found)) {
      return notFound(crn);
    }
    List<RoshAssessment> history = rosh.history(upper);
    return ResponseEntity.ok(new RiskResource(upper, history.isEmpty() ? null : history.get(0), history,
        registrations.all(upper)));
  }

  @PostMapping("/rosh-assessments")
  @Operation(summary = "Record a RoSH screening or full analysis; 'replacing' is the current assessment's id, if any")
  ResponseEntity<?> recordRosh(@PathVariable String crn, @RequestBody RoshRequest request) {
    List<java.util.Map<String, String>> missing = new java.util.ArrayList<>();
    require(missing, "kind", request.kind());
    require(missing, "stage", request.stage());
    require(missing, "completedOn", request.completedOn());
    require(missing, "levels", request.levels());
    if (request.levels() != null) {
      RoshLevels l = request.levels();
      require(missing, "levels.communityChildren", l.communityChildren());
      require(missing, "levels.communityPublic", l.communityPublic());
      require(missing, "levels.communityKnownAdult", l.communityKnownAdult());
      require(missing, "levels.communityStaff", l.communityStaff());
    }
    if (!missing.isEmpty()) {
      return ApiProblems.respond(ApiProblems.invalid(missing));
    }
    return created(crn, rosh.record(crn.toUpperCase(), new NewRoshAssessment(request.kind(), request.stage(),
        request.levels(), request.completedOn(), request.replacing())));
  }

  @PostMapping("/registrations")
  @Operation(summary = "Add a registration (warning flag)")
  ResponseEntity<?> addRegistration(@PathVariable String crn, @RequestBody RegistrationRequest request) {
    List<java.util.Map<String, String>> missing = new java.util.ArrayList<>();
    require(missing, "type", request.type());
    require(missing, "registeredOn", request.registeredOn());
    if (!missing.isEmpty()) {
      return ApiProblems.respond(ApiProblems.invalid(missing));
    }
    return created(crn, registrations.add(crn.toUpperCase(), new NewRegistration(request.type(), request.level(), request.registeredOn(),
        request.mappaCategory(), request.mappaLevel(), request.reviewEveryMonths(), request.notes())));
  }

  @PostMapping("/registrations/{id}/reviews")
  @Operation(summary = "Record a review of a registration. Requires If-Match with the registration's version")
  ResponseEntity<?> review(@PathVariable String crn, @PathVariable long id, @RequestBody ChangeRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    Integer version = ApiProblems.ifMatchVersion(ifMatch);
    if (version == null) {
      return ApiProblems.ifMatchRequired(
          "Send If-Match with the registration's version, as \"<version>\", so nobody's change is overwritten unseen");
    }
    if (request.on() == null) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("on", "Give the date of the review"))));
    }
    return changed(crn, registrations.review(crn.toUpperCase(), id, request.on(), request.notes(), version));
  }

  @PostMapping("/registrations/{id}/removal")
  @Operation(summary = "Remove a registration, with the reason. Requires If-Match with the registration's version")
  ResponseEntity<?> remove(@PathVariable String crn, @PathVariable long id, @RequestBody ChangeRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    Integer version = ApiProblems.ifMatchVersion(ifMatch);
    if (version == null) {
      return ApiProblems.ifMatchRequired(
          "Send If-Match with the registration's version, as \"<version>\", so nobody's change is overwritten unseen");
    }
    if (request.on() == null) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("on", "Give the date the registration ends"))));
    }
    return changed(crn, registrations.remove(crn.toUpperCase(), id, request.on(),
        request.notes() == null ? "" : request.notes(), version));
  }

  private ResponseEntity<?> created(String crn, RecordOutcome outcome) {
    if (outcome instanceof RecordOutcome.Recorded recorded) {
      return ResponseEntity.created(URI.create("/api/v1/people/" + crn.toUpperCase() + "/risk"))
          .body(new Recorded(recorded.id()));
    }
    return failure(crn, outcome, HttpStatus.CONFLICT);
  }

  private ResponseEntity<?> changed(String crn, RecordOutcome outcome) {
    if (outcome instanceof RecordOutcome.Recorded recorded) {
      return ResponseEntity.ok(new Recorded(recorded.id()));
    }
    return failure(crn, outcome, HttpStatus.PRECONDITION_FAILED);
  }

  private static ResponseEntity<?> failure(String crn, RecordOutcome outcome, HttpStatus whenStale) {
    if (outcome instanceof RecordOutcome.Stale stale) {
      return ApiProblems.status(whenStale, "Changed by someone else", stale.message());
    }
    if (outcome instanceof RecordOutcome.Invalid invalid) {
      return ApiProblems.respond(ApiProblems.invalid(invalid.errors().stream()
          .map(e -> ApiProblems.fieldError(e.field().equals("reason") ? "notes" : e.field(), e.message())).toList()));
    }
    return notFound(crn);
  }

  private static void require(List<java.util.Map<String, String>> missing, String field, @Nullable Object value) {
    if (value == null) {
      missing.add(ApiProblems.fieldError(field, "'" + field + "' is required"));
    }
  }

  private static ResponseEntity<?> notFound(String crn) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found",
        "No person record with CRN " + crn + " that you may see, or no such registration");
  }

}
