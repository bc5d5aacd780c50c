package org.probatio.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.people.CreateOutcome;
import org.probatio.people.FieldError;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.people.SearchPage;
import org.probatio.people.UpdateOutcome;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Person records: search, read, create and change")
class PeopleApi {

  record SearchResponse(String query, String kind, int page, int size, long total, List<PersonSummary> results) {}

  record Created(String crn) {}

  private final People people;
  private final AuditTrail audit;

  PeopleApi(People people, AuditTrail audit) {
    this.people = people;
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "Find people by CRN, PNC ID, CRO or NOMIS number, date of birth (YYYY-MM-DD) or part of a name")
  ResponseEntity<?> search(@RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > People.MAX_PAGE_SIZE) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(page < 0
          ? ApiProblems.fieldError("page", "page must be 0 or more")
          : ApiProblems.fieldError("size", "size must be between 1 and " + People.MAX_PAGE_SIZE))));
    }
    SearchPage found = q == null ? null : people.search(q, page, size).orElse(null);
    if (found == null) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("q",
          "Give q: a CRN, PNC ID, CRO or NOMIS number, date of birth or at least part of a name"))));
    }
    return ResponseEntity.ok(new SearchResponse(found.query(), found.kind().name(), found.page(), found.size(),
        found.total(), found.people()));
  }

  @GetMapping("/{crn}")
  @Operation(summary = "Read a person record; the ETag is its version, for If-Match on PUT")
  ResponseEntity<?> read(@PathVariable String crn) {
    Lookup lookup = people.view(crn.toUpperCase());
    if (lookup instanceof Lookup.Found found) {
      return ResponseEntity.ok().eTag(etag(found.person().version())).body(PersonResource.of(found.person()));
    }
    if (lookup instanceof Lookup.Withheld withheld) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
          "This is a limited access record. To ask for access, contact " + withheld.contact());
      problem.setTitle("Limited access record");
      problem.setProperty("crn", withheld.crn());
      problem.setProperty("limitedAccessContact", withheld.contact());
      return ApiProblems.respond(problem);
    }
    return notFound(crn);
  }

  @PostMapping
  @Operation(summary = "Create a person record. Send an Idempotency-Key header to make retries safe")
  ResponseEntity<?> create(@RequestBody PersonRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 64)) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("Idempotency-Key",
          "The Idempotency-Key header must be 1 to 64 characters"))));
    }
    CreateOutcome outcome = people.create(request.input(), request.provider(),
        Boolean.TRUE.equals(request.confirmedNotDuplicate()), idempotencyKey);
    if (outcome instanceof CreateOutcome.Created created) {
      return ResponseEntity.created(URI.create("/api/v1/people/" + created.crn().value()))
          .header("Idempotent-Replayed", String.valueOf(created.repeated()))
          .body(new Created(created.crn().value()));
    }
    if (outcome instanceof CreateOutcome.DuplicatePnc duplicate) {
      return duplicatePnc(duplicate.existingCrn());
    }
    if (outcome instanceof CreateOutcome.PossibleDuplicates duplicates) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
          "People with the same name and date of birth already exist. If this is a different person, "
              + "send the request again with \"confirmedNotDuplicate\": true");
      problem.setTitle("Possible duplicate");
      problem.setProperty("candidates", duplicates.candidates());
      return ApiProblems.respond(problem);
    }
    return invalid(((CreateOutcome.Invalid) outcome).errors(), request);
  }

  @PutMapping("/{crn}")
  @Operation(summary = "Replace a person record's details. Requires If-Match with the ETag you read")
  ResponseEntity<?> update(@PathVariable String crn, @RequestBody PersonRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    Integer version = ApiProblems.ifMatchVersion(ifMatch);
    if (version == null) {
      return ApiProblems.ifMatchRequired(
          "Send If-Match with the ETag from your last read, so that nobody's changes are overwritten unseen");
    }
    UpdateOutcome outcome = people.update(crn.toUpperCase(), request.input(), version);
    if (outcome instanceof UpdateOutcome.Updated updated) {
      Lookup lookup = people.view(crn.toUpperCase());
      return ResponseEntity.ok().eTag(etag(updated.version()))
          .body(PersonResource.of(((Lookup.Found) lookup).person()));
    }
    if (outcome instanceof UpdateOutcome.Stale stale) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
          stale.changedBy() + " changed this record after your version. Read it again, reapply your change and retry");
      problem.setTitle("Record changed since you read it");
      problem.setProperty("currentVersion", stale.currentVersion());
      problem.setProperty("changedBy", stale.changedBy());
      problem.setProperty("changedAt", stale.changedAt());
      return ApiProblems.respond(problem);
    }
    if (outcome instanceof UpdateOutcome.DuplicatePnc duplicate) {
      return duplicatePnc(duplicate.existingCrn());
    }
    if (outcome instanceof UpdateOutcome.NotFound) {
      return notFound(crn);
    }
    return invalid(((UpdateOutcome.Invalid) outcome).errors(), request);
  }

  @GetMapping("/{crn}/audit")
  @Operation(summary = "Who has opened, changed or found this record (administrators only)")
  ResponseEntity<?> audit(@PathVariable String crn) {
    String upper = crn.toUpperCase();
    if (!people.exists(upper)) {
      return notFound(crn);
    }
    List<AuditEvent> events = audit.history("person", upper, 1000);
    return ResponseEntity.ok(events);
  }

  private static ResponseEntity<?> invalid(List<FieldError> errors, PersonRequest request) {
    List<Map<String, String>> fields = errors.stream()
        .map(error -> error.field().equals("dateOfBirth") && !request.dateOfBirthWellFormed()
            ? ApiProblems.fieldError("dateOfBirth", "Give the date of birth as YYYY-MM-DD, for example 1990-03-27")
            : ApiProblems.fieldError(apiField(error.field()), error.message()))
        .toList();
    return ApiProblems.respond(ApiProblems.invalid(fields));
  }

  /** The API nests the address, where the form has it flat. */
  private static String apiField(String field) {
    return switch (field) {
      case "addressLine1" -> "address.line1";
      case "addressLine2" -> "address.line2";
      case "town" -> "address.town";
      case "postcode" -> "address.postcode";
      default -> field;
    };
  }

  private static ResponseEntity<?> duplicatePnc(String existingCrn) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "A person with this PNC ID already exists: use their record, CRN " + existingCrn);
    problem.setTitle("Duplicate person");
    problem.setProperty("existingCrn", existingCrn);
    return ApiProblems.respond(problem);
  }

  private static ResponseEntity<?> notFound(String crn) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No person record with CRN " + crn + " that you may see");
  }

  private static String etag(int version) {
    return "\"" + version + "\"";
  }
}
