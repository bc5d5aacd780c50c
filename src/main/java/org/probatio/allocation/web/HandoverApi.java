package org.probatio.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.DecisionKind;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverListing;
import org.probatio.allocation.HandoverOutcome;
import org.probatio.allocation.HandoverPackage;
import org.probatio.allocation.Handovers;
import org.probatio.allocation.MissingItem;
import org.probatio.allocation.ReviewTask;
import org.probatio.allocation.ReviewTaskListing;
import org.probatio.allocation.ReviewTaskOutcome;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Handovers", description = "Handover packages delivered to the receiving provider, their acknowledgement, "
    + "the first appointment, and the review of the initial risk assessment")
class HandoverApi {

  /** A line of the inbox; a limited-access person has no name here. */
  record InboxEntry(long id, String crn, @Nullable String name, boolean limitedAccess, DecisionKind kind,
      String fromProviderCode, String toProviderCode, Instant deliveredAt, int missingItems, boolean acknowledged,
      @Nullable LocalDate firstAppointmentOn, boolean firstAppointmentBeforeDelivery) {

    static InboxEntry of(HandoverListing listing) {
      Handover h = listing.handover();
      return new InboxEntry(h.id(), h.crn(), listing.person().name(), listing.person().limited(), h.kind(),
          h.fromProviderCode(), h.toProviderCode(), h.deliveredAt(), h.missing().size(), h.acknowledged(),
          h.firstAppointmentOn(), h.firstAppointmentBeforeDelivery());
    }
  }

  /** A handover with its package, checklist and flag; the ETag is its version, for If-Match. */
  record HandoverResource(long id, String crn, long decisionId, DecisionKind kind, String fromProviderCode,
      String toProviderCode, Instant deliveredAt, LocalDate deliveredOn, HandoverPackage contents,
      List<MissingItem> missing, boolean complete, Handover.@Nullable Acknowledgement acknowledgement,
      Handover.@Nullable FirstAppointment firstAppointment, boolean firstAppointmentBeforeDelivery, int version) {

    static HandoverResource of(Handover h) {
      return new HandoverResource(h.id(), h.crn(), h.decisionId(), h.kind(), h.fromProviderCode(), h.toProviderCode(),
          h.deliveredAt(), h.deliveredOn(), h.contents(), h.missing(), h.complete(), h.acknowledgement(),
          h.firstAppointment(), h.firstAppointmentBeforeDelivery(), h.version());
    }
  }

  record FirstAppointmentRequest(@Nullable LocalDate date) {}

  private final Handovers handovers;

  HandoverApi(Handovers handovers) {
    this.handovers = handovers;
  }

  @GetMapping("/api/v1/handovers")
  @Operation(summary = "Handovers to the caller's provider: those not yet acknowledged first, then the newest")
  List<InboxEntry> inbox() {
    return handovers.inbox().stream().map(InboxEntry::of).toList();
  }

  @GetMapping("/api/v1/handovers/{id}")
  @Operation(summary = "A handover with its package as delivered, the checklist of what was missing, the "
      + "acknowledgement and the first appointment; the ETag is its version")
  ResponseEntity<?> handover(@PathVariable long id) {
    return handovers.handover(id).<ResponseEntity<?>>map(h -> ResponseEntity.ok().eTag(etag(h.version()))
        .body(HandoverResource.of(h))).orElseGet(() -> notFound(id));
  }

  @PostMapping("/api/v1/handovers/{id}/acknowledgement")
  @Operation(summary = "Acknowledge receipt as the signed-in user, at the receiving provider. Requires If-Match with "
      + "the handover's version; acknowledging again changes nothing")
  ResponseEntity<?> acknowledge(@PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return ifMatched(ifMatch, version -> answer(id, handovers.acknowledge(id, version)));
  }

  @PutMapping("/api/v1/handovers/{id}/first-appointment")
  @Operation(summary = "Record the date of the person's first appointment with the receiving provider, as "
      + "{\"date\": \"YYYY-MM-DD\"}. Requires If-Match with the handover's version. A date before the day of "
      + "delivery flags the case")
  ResponseEntity<?> firstAppointment(@PathVariable long id, @RequestBody FirstAppointmentRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return ifMatched(ifMatch, version -> answer(id, handovers.recordFirstAppointment(id, request.date(), version)));
  }

  @GetMapping("/api/v1/people/{crn}/handovers")
  @Operation(summary = "A person's handovers that the caller may see, newest first")
  ResponseEntity<?> forPerson(@PathVariable String crn) {
    return handovers.forPerson(crn.toUpperCase()).<ResponseEntity<?>>map(list -> ResponseEntity.ok(
        list.stream().map(HandoverResource::of).toList()))
        .orElseGet(() -> ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No person with CRN " + crn
            + " that you may see"));
  }

  @GetMapping("/api/v1/handovers/review-tasks")
  @Operation(summary = "The caller's provider's tasks to review the initial risk assessment: open ones first, soonest due")
  List<ReviewTaskListing> reviewTasks() {
    return handovers.reviewTasks();
  }

  @PostMapping("/api/v1/handovers/review-tasks/{id}/completion")
  @Operation(summary = "Record that the caller reviewed the initial risk assessment; completing it again changes nothing")
  ResponseEntity<?> completeReview(@PathVariable long id) {
    if (handovers.completeReviewTask(id) instanceof ReviewTaskOutcome.Completed completed) {
      return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(completed.repeated())).body(completed.task());
    }
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No review task " + id + " for your provider");
  }

  private static ResponseEntity<?> answer(long id, HandoverOutcome outcome) {
    if (outcome instanceof HandoverOutcome.Done done) {
      return ResponseEntity.ok().eTag(etag(done.handover().version()))
          .header("Idempotent-Replayed", String.valueOf(done.repeated())).body(HandoverResource.of(done.handover()));
    }
    if (outcome instanceof HandoverOutcome.Invalid invalid) {
      return ApiProblems.respond(ApiProblems.invalid(invalid.errors().stream()
          .map(e -> ApiProblems.fieldError(e.field(), e.message())).toList()));
    }
    if (outcome instanceof HandoverOutcome.Stale stale) {
      return ApiProblems.changedSinceRead(stale.message() + ". Read it again, and retry if your change is still right",
          stale.currentVersion());
    }
    return notFound(id);
  }

  /** 428 when If-Match names no version, so nobody's change is overwritten unseen. */
  private static ResponseEntity<?> ifMatched(@Nullable String ifMatch, IntFunction<ResponseEntity<?>> change) {
    Integer version = ApiProblems.ifMatchVersion(ifMatch);
    if (version == null) {
      return ApiProblems.ifMatchRequired("Send If-Match with the handover's version, as \"<version>\", from its ETag");
    }
    return change.apply(version);
  }

  private static ResponseEntity<?> notFound(long id) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No handover " + id + " to or from your provider");
  }

  private static String etag(int version) {
    return "\"" + version + "\"";
  }
}
