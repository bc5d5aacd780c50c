package org.probatio.allocation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.DecisionOutcome;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** How the allocation API answers each outcome: the decision, or an RFC 9457 problem saying what happened. */
final class DecisionResponses {

  static final String DECISIONS = "/api/v1/allocation-decisions/";

  private DecisionResponses() {}

  /** 201 with the decision's address: made now, or (for a repeated key) made the first time. */
  static ResponseEntity<?> created(DecisionOutcome outcome, Allocations allocations, long caseId) {
    AllocationDecision decision = decisionOf(outcome);
    if (decision != null) {
      return ResponseEntity.created(URI.create(DECISIONS + decision.id())).body(resource(decision, allocations));
    }
    return failure(outcome, "allocation case " + caseId, field -> switch (field) {
      case "overrideProvider" -> "override.provider";
      case "overrideReason" -> "override.reason";
      default -> field;
    });
  }

  /** 200 with the reviewed decision. */
  static ResponseEntity<?> reviewed(DecisionOutcome outcome, Allocations allocations, long decisionId) {
    AllocationDecision decision = decisionOf(outcome);
    if (decision != null) {
      return ResponseEntity.ok(resource(decision, allocations));
    }
    return failure(outcome, "override waiting for approval with decision id " + decisionId, UnaryOperator.identity());
  }

  static DecisionResource resource(AllocationDecision decision, Allocations allocations) {
    return DecisionResource.of(decision, allocations.replays(decision));
  }

  static ResponseEntity<?> invalid(String field, String message) {
    return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError(field, message))));
  }

  static ResponseEntity<?> notFound(String what) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No " + what + " that you may see");
  }

  private static ResponseEntity<?> failure(DecisionOutcome outcome, String what, UnaryOperator<String> field) {
    if (outcome instanceof DecisionOutcome.Blocked blocked) {
      return ApiProblems.status(HttpStatus.CONFLICT, "The case cannot be allocated yet", blocked.reason());
    }
    if (outcome instanceof DecisionOutcome.AlreadyDecided taken) {
      return ApiProblems.status(HttpStatus.CONFLICT, "Already decided", taken.message());
    }
    if (outcome instanceof DecisionOutcome.Invalid invalid) {
      List<Map<String, String>> errors = invalid.errors().stream()
          .map(e -> ApiProblems.fieldError(field.apply(e.field()), e.message())).toList();
      return ApiProblems.respond(ApiProblems.invalid(errors));
    }
    return notFound(what);
  }

  private static @Nullable AllocationDecision decisionOf(DecisionOutcome outcome) {
    if (outcome instanceof DecisionOutcome.Allocated allocated) {
      return allocated.decision();
    }
    if (outcome instanceof DecisionOutcome.AwaitingApproval waiting) {
      return waiting.decision();
    }
    if (outcome instanceof DecisionOutcome.Rejected rejected) {
      return rejected.decision();
    }
    return null;
  }
}
