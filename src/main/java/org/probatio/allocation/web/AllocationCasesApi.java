package org.probatio.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.PolicyOverride;
import org.probatio.allocation.policy.Provider;
import org.probatio.security.CurrentUser;
import org.probatio.web.RequestKey;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation: cases", description = "Sentenced cases waiting for a provider, the policy's proposal, and deciding them")
class AllocationCasesApi {

  /** The case's version as read, and an override of the policy (null to allocate as the policy decides). */
  record DecisionRequest(@Nullable Integer version, @Nullable OverrideRequest override) {}

  record OverrideRequest(@Schema(allowableValues = {"NPS", "CRC"}) @Nullable Provider provider, @Nullable String reason) {}

  /** The longest Idempotency-Key accepted, as for people. */
  static final int MAX_KEY = 64;

  private final Allocations allocations;
  private final CurrentUser currentUser;
  private final Clock clock;

  AllocationCasesApi(Allocations allocations, CurrentUser currentUser, Clock clock) {
    this.allocations = allocations;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/api/v1/allocation-cases")
  @Operation(summary = "Cases at the caller's courts waiting for a provider, longest overdue first")
  List<CaseResource> awaiting() {
    LocalDate today = LocalDate.now(clock);
    return allocations.awaiting().stream().map(c -> CaseResource.of(c, today)).toList();
  }

  @GetMapping("/api/v1/allocation-cases/{id}")
  @Operation(summary = "A case with what the policy in force would decide now: why the allocation gate is shut, or "
      + "the provider, the deciding rule, every factor considered and the tier")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseResource.WithProposal.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> allocationCase(@PathVariable long id) {
    LocalDate today = LocalDate.now(clock);
    return allocations.propose(id).<ResponseEntity<?>>map(p -> ResponseEntity.ok(CaseResource.WithProposal.of(p, today)))
        .orElseGet(() -> DecisionResponses.notFound("allocation case " + id));
  }

  @PostMapping("/api/v1/allocation-cases/{id}/decisions")
  @Operation(summary = "Allocate the case as the policy decides, or override the policy (NPS or CRC, with the reason) "
      + "for a senior practitioner's approval. Send the case's version, and an Idempotency-Key header: the same key "
      + "for the same case again answers with the first decision. 409 when the allocation gate is shut or someone "
      + "decided first")
  @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DecisionResource.class)))
  @ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> decide(@PathVariable long id, @RequestHeader("Idempotency-Key") String idempotencyKey,
      @RequestBody DecisionRequest request) {
    if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
      return DecisionResponses.invalid("Idempotency-Key", "The Idempotency-Key header must be 1 to " + MAX_KEY
          + " characters");
    }
    if (request.version() == null) {
      return DecisionResponses.invalid("version", "'version' is required: send the case's version as you read it");
    }
    OverrideRequest override = request.override();
    if (override != null && override.provider() != null && !AllocateForm.OVERRIDE_PROVIDERS.contains(override.provider())) {
      return DecisionResponses.invalid("override.provider", "'override.provider' must be NPS or CRC");
    }
    String key = RequestKey.scoped(currentUser.username(), id, idempotencyKey);
    return DecisionResponses.created(allocations.decide(id, request.version(),
        override == null ? null : new PolicyOverride(override.provider(), override.reason()), key), allocations, id);
  }
}
