package org.probatio.workload.web;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.probatio.web.ApiProblems;
import org.probatio.workforce.SaveOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the staff, reduction and team endpoints answer when a request cannot be done as asked. */
final class ApiAnswers {

  /** The longest Idempotency-Key accepted, as for people and allocations. */
  static final int LONGEST_KEY = 64;

  private ApiAnswers() {}

  /** 400 naming each field the service refused, in the order of the request. */
  static ResponseEntity<?> refused(Map<String, String> problems) {
    return ApiProblems.respond(ApiProblems.invalid(problems.entrySet().stream()
        .map(problem -> ApiProblems.fieldError(problem.getKey(), problem.getValue())).toList()));
  }

  static ResponseEntity<?> notFound(String detail) {
    return ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", detail);
  }

  /** The answer to a refused, stale or missing record's outcome; none for a saved one. */
  static ResponseEntity<?> unsaved(SaveOutcome<?> outcome, String record, String notFound) {
    if (outcome instanceof SaveOutcome.Refused<?> refused) {
      return refused(refused.problems());
    }
    if (outcome instanceof SaveOutcome.Stale<?> stale) {
      return ApiProblems.changedSinceRead(Stale.detail(record, stale.changedBy()), stale.currentVersion());
    }
    return notFound(notFound);
  }

  /** 428 without an If-Match naming a version; otherwise the change made at that version. */
  static ResponseEntity<?> ifMatched(@Nullable String ifMatch, IntFunction<ResponseEntity<?>> change) {
    Integer version = ApiProblems.ifMatchVersion(ifMatch);
    if (version == null) {
      return ApiProblems.ifMatchRequired(
          "Send If-Match with the ETag from your last read, so that nobody's changes are overwritten unseen");
    }
    return change.apply(version);
  }

  /** 400 for an Idempotency-Key that is blank or too long; null when it is fine or not sent. */
  static @Nullable ResponseEntity<?> badKey(@Nullable String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > LONGEST_KEY)) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("Idempotency-Key",
          "The Idempotency-Key header must be 1 to " + LONGEST_KEY + " characters"))));
    }
    return null;
  }

  /** 400 for a page or size out of range; null when both are fine. */
  static @Nullable ResponseEntity<?> badPage(int page, int size, int largest) {
    if (page < 0) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("page", "page must be 0 or more"))));
    }
    if (size < 1 || size > largest) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("size",
          "size must be between 1 and " + largest))));
    }
    return null;
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }
}
