package org.probatio.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.Tiers;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation: decisions and tiers", description = "A person's provider allocation decisions with every "
    + "factor considered, their review, and the person's tier")
class AllocationDecisionsApi {

  record ReviewRequest(@Nullable Boolean approve, @Nullable String note) {}

  private final Allocations allocations;
  private final Tiers tiers;

  AllocationDecisionsApi(Allocations allocations, Tiers tiers) {
    this.allocations = allocations;
    this.tiers = tiers;
  }

  @GetMapping("/api/v1/people/{crn}/allocations")
  @Operation(summary = "A person's allocation decisions, newest first, each with every factor considered (name, value, "
      + "source record and date, criterion met), the deciding rule, the policy version, who decided and when, any "
      + "override and its review, the facts as the policy read them and whether they replay to the same decision")
  @ApiResponse(responseCode = "200",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = DecisionResource.class))))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> decisions(@PathVariable String crn) {
    return allocations.decisions(crn.toUpperCase(Locale.ROOT)).<ResponseEntity<?>>map(list -> ResponseEntity.ok(
            list.stream().map(d -> DecisionResponses.resource(d, allocations)).toList()))
        .orElseGet(() -> DecisionResponses.notFound("person with CRN " + crn));
  }

  @GetMapping("/api/v1/people/{crn}/tier")
  @Operation(summary = "A person's current tier: protect and change levels with their points and every factor, the "
      + "model version and when it was calculated. 404 when none has been calculated")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TierResource.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> tier(@PathVariable String crn) {
    return tiers.current(crn.toUpperCase(Locale.ROOT)).<ResponseEntity<?>>map(t -> ResponseEntity.ok(TierResource.of(t)))
        .orElseGet(() -> DecisionResponses.notFound("tier for a person with CRN " + crn));
  }

  @GetMapping("/api/v1/allocation-decisions/{id}")
  @Operation(summary = "One allocation decision, as in a person's list")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionResource.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> decision(@PathVariable long id) {
    return allocations.decision(id).<ResponseEntity<?>>map(d -> ResponseEntity.ok(DecisionResponses.resource(d, allocations)))
        .orElseGet(() -> DecisionResponses.notFound("allocation decision " + id));
  }

  @PostMapping("/api/v1/allocation-decisions/{id}/review")
  @Operation(summary = "A senior practitioner approves an override, which allocates the case, or turns it down with a "
      + "note. Nobody reviews their own override (400); 409 when it has already been reviewed")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionResource.class)))
  @ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> review(@PathVariable long id, @RequestBody ReviewRequest request) {
    if (request.approve() == null) {
      return DecisionResponses.invalid("approve", "'approve' is required: true to approve the override, false to turn it down");
    }
    if (allocations.decision(id).filter(d -> !d.overridden()).isPresent()) {
      return ApiProblems.status(HttpStatus.CONFLICT, "Not an override", DecisionController.NOT_AN_OVERRIDE);
    }
    return DecisionResponses.reviewed(allocations.review(id, request.approve(), request.note()), allocations, id);
  }
}
