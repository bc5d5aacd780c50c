package org.probatio.risk.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects one validation stage's errors in the order checked; allocates only when one is found. */
final class Errors {

  private @Nullable List<ValidationError> errors;
  private @Nullable List<String> missing;

  /** Notes the field as missing when its value is absent. */
  Errors need(@Nullable Object value, String field) {
    if (value == null) {
      missingField(field);
    }
    return this;
  }

  void missingField(String field) {
    if (missing == null) {
      missing = new ArrayList<>();
    }
    missing.add(field);
  }

  /** Reports the fields noted so far as one error of the given type. */
  void reportMissing(ErrorType type) {
    if (missing != null) {
      add(ValidationError.of(type, missing));
      missing = null;
    }
  }

  void add(ValidationError error) {
    if (errors == null) {
      errors = new ArrayList<>(2);
    }
    errors.add(error);
  }

  void add(ErrorType type, String... fields) {
    add(ValidationError.of(type, fields));
  }

  boolean found() {
    return errors != null;
  }

  List<ValidationError> list() {
    return errors == null ? List.of() : List.copyOf(errors);
  }
}
