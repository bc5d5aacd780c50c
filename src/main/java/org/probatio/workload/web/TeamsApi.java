package org.probatio.workload.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.SaveOutcome;
import org.probatio.workforce.TeamRecord;
import org.probatio.workforce.Teams;
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
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "Teams in delivery units, with how many staff work in each")
class TeamsApi {

  /** A team; the ETag is its version, for If-Match on PUT. */
  record TeamResource(String code, String name, String deliveryUnitCode, String deliveryUnitName, String providerCode,
      int currentStaff, int version, @Nullable Instant updatedAt, @Nullable String updatedBy) {

    static TeamResource of(TeamRecord t) {
      return new TeamResource(t.code(), t.name(), t.team().deliveryUnitCode(), t.deliveryUnitName(), t.providerCode(),
          t.currentStaff(), t.version(), t.updatedAt(), t.updatedBy());
    }
  }

  /** A team to add (its delivery unit and name) or to rename (its name only). */
  record TeamRequest(@Nullable String deliveryUnitCode, @Nullable String name) {}

  private final Teams teams;
  private final StaffAccess access;

  TeamsApi(Teams teams, StaffAccess access) {
    this.teams = teams;
    this.access = access;
  }

  @GetMapping
  @Operation(summary = "The teams, by provider, delivery unit and name, each with how many staff work in it now. Teams "
      + "outside the caller's provider are left out unless the caller works nationally")
  List<TeamResource> list(@RequestParam(required = false) @Nullable String provider) {
    return teams.list(access.providers(provider)).stream().map(TeamResource::of).toList();
  }

  @PostMapping
  @Operation(summary = "Add a team to a delivery unit (administrators). Probatio gives its code. A delivery unit's "
      + "teams have different names. Send an Idempotency-Key header to make retries safe")
  ResponseEntity<?> add(@RequestBody TeamRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
    ResponseEntity<?> bad = ApiAnswers.badKey(idempotencyKey);
    if (bad != null) {
      return bad;
    }
    SaveOutcome<String> outcome = teams.add(request.deliveryUnitCode(), request.name(), idempotencyKey);
    if (outcome instanceof SaveOutcome.Saved<String> saved) {
      TeamRecord added = teams.find(saved.key()).orElseThrow();
      return ResponseEntity.created(URI.create("/api/v1/teams/" + added.code())).eTag(ApiAnswers.etag(added.version()))
          .header("Idempotent-Replayed", String.valueOf(saved.repeated())).body(TeamResource.of(added));
    }
    return ApiAnswers.unsaved(outcome, "this team", "No team");
  }

  @PutMapping("/{teamCode}")
  @Operation(summary = "Rename a team (administrators), as {\"name\": \"...\"}. Requires If-Match with its version")
  ResponseEntity<?> rename(@PathVariable String teamCode, @RequestBody TeamRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    String code = teamCode.toUpperCase();
    return ApiAnswers.ifMatched(ifMatch, version -> {
      SaveOutcome<String> outcome = teams.rename(code, request.name(), version);
      if (outcome instanceof SaveOutcome.Saved<String>) {
        TeamRecord renamed = teams.find(code).orElseThrow();
        return ResponseEntity.ok().eTag(ApiAnswers.etag(renamed.version())).body(TeamResource.of(renamed));
      }
      return ApiAnswers.unsaved(outcome, "this team", "No team with code " + teamCode);
    });
  }
}
