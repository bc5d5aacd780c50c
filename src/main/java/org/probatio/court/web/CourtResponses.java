package org.probatio.court.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CourtOutcome;
import org.probatio.people.FieldError;
import org.probatio.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** How the court API answers each outcome: created or changed, or an RFC 9457 problem naming what is wrong. */
final class CourtResponses {

  record Saved(long id) {}

  private CourtResponses() {}

  /** 201 with the new (or, for a repeat, the first) record's address; {@code Idempotent-Replayed} says which. */
  static ResponseEntity<?> created(CourtOutcome outcome, String path, String what) {
    if (outcome instanceof CourtOutcome.Recorded recorded) {
      return ResponseEntity.created(URI.create(path + recorded.id()))
          .header("Idempotent-Replayed", String.valueOf(recorded.repeated()))
          .body(new Saved(recorded.id()));
    }
    return failure(outcome, what);
  }

  /** 200 with the changed record's new version as its ETag. */
  static ResponseEntity<?> changed(CourtOutcome outcome, int newVersion, String what) {
    if (outcome instanceof CourtOutcome.Recorded recorded) {
      return ResponseEntity.ok().eTag(etag(newVersion)).body(new Saved(recorded.id()));
    }
    return failure(outcome, what);
  }

  static ResponseEntity<?> failure(CourtOutcome outcome, String what) {
    if (outcome instanceof CourtOutcome.Invalid invalid) {
      return invalid(invalid.errors());
    }
    if (outcome instanceof CourtOutcome.Stale stale) {
      return ApiProblems.changedSinceRead(stale.message() + ". Read it again, reapply your change and retry",
          stale.currentVersion());
    }
    return notFound(what);
  }

  static ResponseEntity<?> invalid(List<FieldError> errors) {
    return ApiProblems.respond(ApiProblems.invalid(fields(errors)));
  }

  static List<Map<String, String>> fields(List<FieldError> errors) {
    return errors.stream().map(e -> ApiProblems.fieldError(e.field(), e.message())).toList();
  }

  static ResponseEntity<?> notFound(String what) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No " + what + " that you may see");
  }

  /** Makes the change with the version If-Match names; 428 when it names none, so nobody's change is overwritten unseen. */
  static ResponseEntity<?> ifMatched(@Nullable String ifMatch, String what, IntFunction<ResponseEntity<?>> change) {
    Integer version = ApiProblems.ifMatchVersion(ifMatch);
    if (version == null) {
      return ApiProblems.ifMatchRequired("Send If-Match with the " + what + "'s version, as \"<version>\", so nobody's "
          + "change is overwritten unseen");
    }
    return change.apply(version);
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }
}
