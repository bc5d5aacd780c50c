package org.probatio.workload.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Grade;
import org.probatio.workforce.SaveOutcome;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.StaffPage;
import org.probatio.workforce.StaffQuery;
import org.probatio.workforce.StaffRecord;
import org.probatio.workforce.StaffRecords;
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
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Staff records: grade, team, contracted hours, start and last working days")
class StaffApi {

  /** A member of staff; the ETag is the version, for If-Match on PUT. */
  record StaffResource(String code, String forename, String surname, Grade grade, String teamCode, String teamName,
      String deliveryUnitName, String providerCode, @Nullable String email, BigDecimal contractedHours,
      LocalDate startDate, @Nullable LocalDate leavingDate, int version, @Nullable Instant updatedAt,
      @Nullable String updatedBy) {

    static StaffResource of(StaffRecord record) {
      StaffMember m = record.member();
      return new StaffResource(m.code(), m.forename(), m.surname(), m.grade(), m.teamCode(), record.teamName(),
          record.deliveryUnitName(), m.providerCode(), m.email(), m.contractedHours(), m.startDate(), m.leavingDate(),
          record.version(), record.updatedAt(), record.updatedBy());
    }
  }

  record StaffList(int page, int size, long total, List<StaffResource> staff) {}

  /** A member of staff's details to add or replace; {@code leavingDate} is their last working day, if they are leaving. */
  record StaffRequest(@Nullable String forename, @Nullable String surname, @Nullable Grade grade,
      @Nullable String teamCode, @Nullable String email, @Nullable BigDecimal contractedHours,
      @Nullable LocalDate startDate, @Nullable LocalDate leavingDate) {

    StaffDetails details() {
      return new StaffDetails(forename, surname, grade, teamCode, email, contractedHours, startDate, leavingDate);
    }
  }

  private final StaffRecords staff;
  private final StaffAccess access;

  StaffApi(StaffRecords staff, StaffAccess access) {
    this.staff = staff;
    this.access = access;
  }

  @GetMapping
  @Operation(summary = "List staff by surname and forename, a page at a time: by team, by provider, by part of a name "
      + "or staff code. Staff outside the caller's provider are left out unless the caller works nationally")
  ResponseEntity<?> list(@RequestParam(required = false) @Nullable String team,
      @RequestParam(required = false) @Nullable String provider,
      @Parameter(description = "Part of a name, or of a staff code") @RequestParam(required = false) @Nullable String name,
      @Parameter(description = "Include staff whose last working day has passed")
      @RequestParam(defaultValue = "false") boolean includeLeavers,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    ResponseEntity<?> bad = ApiAnswers.badPage(page, size, StaffQuery.MAX_PAGE_SIZE);
    if (bad != null) {
      return bad;
    }
    StaffPage found = staff.list(new StaffQuery(access.providers(provider), FormFields.text(team), FormFields.text(name),
        includeLeavers, page, size));
    return ResponseEntity.ok(new StaffList(found.page(), found.size(), found.total(),
        found.staff().stream().map(StaffResource::of).toList()));
  }

  @GetMapping("/{staffCode}")
  @Operation(summary = "Read a member of staff's record; the ETag is its version, for If-Match on PUT")
  ResponseEntity<?> read(@PathVariable String staffCode) {
    return staff.find(staffCode.toUpperCase()).filter(access::maySee)
        .<ResponseEntity<?>>map(r -> ResponseEntity.ok().eTag(ApiAnswers.etag(r.version())).body(StaffResource.of(r)))
        .orElseGet(() -> notFound(staffCode));
  }

  @PostMapping
  @Operation(summary = "Add a member of staff (administrators). Probatio gives the staff code, from the team's provider "
      + "and the grade. Send an Idempotency-Key header to make retries safe: the same key again answers with the "
      + "first member added and Idempotent-Replayed: true")
  ResponseEntity<?> add(@RequestBody StaffRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
    ResponseEntity<?> bad = ApiAnswers.badKey(idempotencyKey);
    if (bad != null) {
      return bad;
    }
    SaveOutcome<String> outcome = staff.add(request.details(), idempotencyKey);
    if (outcome instanceof SaveOutcome.Saved<String> saved) {
      StaffRecord added = staff.find(saved.key()).orElseThrow();
      return ResponseEntity.created(URI.create("/api/v1/staff/" + saved.key())).eTag(ApiAnswers.etag(added.version()))
          .header("Idempotent-Replayed", String.valueOf(saved.repeated())).body(StaffResource.of(added));
    }
    return ApiAnswers.unsaved(outcome, "this member of staff", "No member of staff");
  }

  @PutMapping("/{staffCode}")
  @Operation(summary = "Replace a member of staff's details (administrators), including their last working day when "
      + "they leave. Requires If-Match with the ETag you read: 428 without it, 412 when someone changed the record since")
  ResponseEntity<?> replace(@PathVariable String staffCode, @RequestBody StaffRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    String code = staffCode.toUpperCase();
    return ApiAnswers.ifMatched(ifMatch, version -> {
      SaveOutcome<String> outcome = staff.change(code, request.details(), version);
      if (outcome instanceof SaveOutcome.Saved<String>) {
        StaffRecord changed = staff.find(code).orElseThrow();
        return ResponseEntity.ok().eTag(ApiAnswers.etag(changed.version())).body(StaffResource.of(changed));
      }
      return ApiAnswers.unsaved(outcome, "this member of staff's record", "No member of staff with code " + staffCode);
    });
  }

  private static ResponseEntity<?> notFound(String staffCode) {
    return ApiAnswers.notFound("No member of staff with code " + staffCode + " that you may see");
  }
}
