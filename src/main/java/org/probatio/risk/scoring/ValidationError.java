package org.probatio.risk.scoring;

import java.util.List;

/** One reason a predictor could not score, naming the request fields at fault. */
public record ValidationError(ErrorType type, List<String> fields, String message) {

  public ValidationError {
    fields = List.copyOf(fields);
  }

  static ValidationError of(ErrorType type, List<String> fields) {
    return new ValidationError(type, fields, type.message());
  }

  static ValidationError of(ErrorType type, String... fields) {
    return of(type, List.of(fields));
  }

  /** A failure during calculation: always the single error of its result (C6). */
  static ValidationError unexpected(String detail) {
    return new ValidationError(ErrorType.UNEXPECTED_ERROR, List.of(), ErrorType.UNEXPECTED_ERROR.message() + detail);
  }
}
