package org.probatio.workload.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Reduction;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionDetails;
import org.probatio.workforce.ReductionHours;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.Reductions;
import org.probatio.workforce.SaveOutcome;
import org.probatio.workforce.StaffRecord;
import org.probatio.workforce.StaffRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/staff/{staffCode}/reductions")
@Tag(name = "Staff", description = "Staff records: grade, team, contracted hours, start and last working days")
class ReductionsApi {

  /** A reduction; its version is the ETag to send in If-Match when changing or removing it. */
  record ReductionResource(long id, String staffCode, ReductionCategory category, ReductionKind kind, BigDecimal amount,
      String reason, LocalDate startDate, @Nullable LocalDate endDate, int version, Instant createdAt, String createdBy,
      Instant updatedAt, String updatedBy) {

    static ReductionResource of(Reduction r) {
      return new ReductionResource(r.id(), r.staffCode(), r.category(), r.kind(), r.amount(), r.reason(), r.startDate(),
          r.endDate(), r.version(), r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy());
    }
  }

  /** One reduction counted on the day, and the hours it takes off. */
  record CountedResource(long id, BigDecimal hours) {}

  /** A member of staff's reductions, and what those in force on the day take off their contracted hours. */
  record ReductionsResource(String staffCode, LocalDate on, BigDecimal contractedHours, BigDecimal reductionHours,
      BigDecimal hoursLeft, boolean capped, List<CountedResource> counted, List<ReductionResource> reductions) {}

  /**
   * A reduction to add or replace. With a preset's category, kind and amount may be left out, and so
   * may the end date of one with a set length.
   */
  record ReductionRequest(@Nullable ReductionCategory category, @Nullable ReductionKind kind,
      @Nullable BigDecimal amount, @Nullable String reason, @Nullable LocalDate startDate, @Nullable LocalDate endDate) {

    ReductionDetails details() {
      return new ReductionDetails(category, kind, amount, reason, startDate, endDate);
    }
  }

  private final Reductions reductions;
  private final StaffRecords staff;
  private final StaffAccess access;
  private final Clock clock;

  ReductionsApi(Reductions reductions, StaffRecords staff, StaffAccess access, Clock clock) {
    this.reductions = reductions;
    this.staff = staff;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "A member of staff's reductions, the latest to start first, and the hours those in force on a "
      + "day take off their contracted hours (each percentage of the contracted hours, never more than all of them)")
  ResponseEntity<?> list(@PathVariable String staffCode,
      @Parameter(description = "The day to count reduction hours on (YYYY-MM-DD); today when left out")
      @RequestParam(required = false) @Nullable LocalDate on) {
    return visible(staffCode, access::maySee, record -> {
      LocalDate day = on == null ? LocalDate.now(clock) : on;
      List<Reduction> all = reductions.of(record.code());
      ReductionHours hours = ReductionHours.on(day, record.member().contractedHours(), all);
      return ResponseEntity.ok(new ReductionsResource(record.code(), day, hours.contractedHours(), hours.hours(),
          hours.hoursLeft(), hours.capped(),
          hours.counted().stream().map(c -> new CountedResource(c.reduction().id(), c.hours())).toList(),
          all.stream().map(ReductionResource::of).toList()));
    });
  }

  @GetMapping("/{id}")
  @Operation(summary = "A reduction; the ETag is its version, for If-Match on PUT and DELETE")
  ResponseEntity<?> read(@PathVariable String staffCode, @PathVariable long id) {
    return visible(staffCode, access::maySee, record -> reductions.find(record.code(), id)
        .<ResponseEntity<?>>map(r -> ResponseEntity.ok().eTag(ApiAnswers.etag(r.version())).body(ReductionResource.of(r)))
        .orElseGet(() -> notFound(staffCode, id)));
  }

  @PostMapping
  @Operation(summary = "Add a reduction (administrators, and senior practitioners for their own provider's staff). "
      + "Categories TRAINEE_OFFICER (80% for 6 months), NEWLY_QUALIFIED (20% for 9 months) and LONG_TERM_SICKNESS "
      + "(100%) take their preset's kind and amount when those are left out, and the first two an end date that many "
      + "months on. Send an Idempotency-Key header to make retries safe")
  ResponseEntity<?> add(@PathVariable String staffCode, @RequestBody ReductionRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
    ResponseEntity<?> bad = ApiAnswers.badKey(idempotencyKey);
    if (bad != null) {
      return bad;
    }
    return visible(staffCode, access::mayChangeReductions, record -> {
      SaveOutcome<Long> outcome = reductions.add(record.code(), request.details(), idempotencyKey);
      if (outcome instanceof SaveOutcome.Saved<Long> saved) {
        Reduction added = reductions.find(record.code(), saved.key()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/staff/" + record.code() + "/reductions/" + added.id()))
            .eTag(ApiAnswers.etag(added.version())).header("Idempotent-Replayed", String.valueOf(saved.repeated()))
            .body(ReductionResource.of(added));
      }
      return ApiAnswers.unsaved(outcome, "this reduction", "No member of staff with code " + staffCode);
    });
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a reduction, for instance to end it early. Requires If-Match with its version")
  ResponseEntity<?> replace(@PathVariable String staffCode, @PathVariable long id, @RequestBody ReductionRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return visible(staffCode, access::mayChangeReductions, record -> ApiAnswers.ifMatched(ifMatch, version -> {
      SaveOutcome<Long> outcome = reductions.change(record.code(), id, request.details(), version);
      if (outcome instanceof SaveOutcome.Saved<Long>) {
        Reduction changed = reductions.find(record.code(), id).orElseThrow();
        return ResponseEntity.ok().eTag(ApiAnswers.etag(changed.version())).body(ReductionResource.of(changed));
      }
      return ApiAnswers.unsaved(outcome, "this reduction", notFoundDetail(staffCode, id));
    }));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Remove a reduction entered by mistake: it counts as never having applied (the audit trail "
      + "keeps it). To stop one that did apply, give it an end date instead. Requires If-Match with its version")
  ResponseEntity<?> remove(@PathVariable String staffCode, @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return visible(staffCode, access::mayChangeReductions, record -> ApiAnswers.ifMatched(ifMatch, version -> {
      SaveOutcome<Long> outcome = reductions.remove(record.code(), id, version);
      return outcome instanceof SaveOutcome.Saved<Long> ? ResponseEntity.noContent().build()
          : ApiAnswers.unsaved(outcome, "this reduction", notFoundDetail(staffCode, id));
    }));
  }

  /** The answer for the member of staff, if the caller may see (or change) them; a 404 otherwise. */
  private ResponseEntity<?> visible(String staffCode, Predicate<StaffRecord> allowed,
      Function<StaffRecord, ResponseEntity<?>> answer) {
    return staff.find(staffCode.toUpperCase()).filter(allowed).<ResponseEntity<?>>map(answer)
        .orElseGet(() -> ApiAnswers.notFound("No member of staff with code " + staffCode + " whose reductions you may "
            + "see here"));
  }

  private static ResponseEntity<?> notFound(String staffCode, long id) {
    return ApiAnswers.notFound(notFoundDetail(staffCode, id));
  }

  private static String notFoundDetail(String staffCode, long id) {
    return "No reduction " + id + " for member of staff " + staffCode;
  }
}
