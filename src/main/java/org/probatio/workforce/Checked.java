package org.probatio.workforce;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Details checked field by field: the problems in the order of the form, and the details tidied
 * (stripped, defaults filled in) when there are none.
 */
final class Checked<T> {

  private final Map<String, String> problems = new LinkedHashMap<>();
  private @Nullable T value;

  /** Adds the field's problem; the first for a field is kept. */
  Checked<T> problem(String field, String message) {
    problems.putIfAbsent(field, message);
    return this;
  }

  boolean has(String field) {
    return problems.containsKey(field);
  }

  boolean fine() {
    return problems.isEmpty();
  }

  Checked<T> tidied(T tidied) {
    value = tidied;
    return this;
  }

  T value() {
    if (value == null || !problems.isEmpty()) {
      throw new IllegalStateException("Details with problems have no tidied value: " + problems);
    }
    return value;
  }

  <K> SaveOutcome<K> refused() {
    return new SaveOutcome.Refused<>(Collections.unmodifiableMap(new LinkedHashMap<>(problems)));
  }

  /** The text stripped; null, with the field's problem, when it is blank or longer than {@code longest}. */
  @Nullable String required(String field, @Nullable String text, int longest, String whenBlank, String what) {
    if (text == null || text.isBlank()) {
      problem(field, whenBlank);
      return null;
    }
    return optional(field, text, longest, what);
  }

  /** The text stripped, null when blank; with the field's problem when longer than {@code longest}. */
  @Nullable String optional(String field, @Nullable String text, int longest, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > longest) {
      problem(field, what + " must be " + longest + " characters or fewer");
    }
    return stripped;
  }

  /**
   * Whether a number of hours or a percentage is given, from {@code least} to {@code most} with at most
   * one decimal place; the field's problem when it is not.
   *
   * @param what as the messages start, such as "Contracted hours"
   * @param example a number in range to show, such as "37.5"
   */
  boolean tenths(String field, @Nullable BigDecimal value, BigDecimal least, BigDecimal most, String whenMissing,
      String what, String example) {
    if (value == null) {
      problem(field, whenMissing);
      return false;
    }
    if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
      problem(field, what + " must be between " + ReductionHours.plain(least).toPlainString() + " and "
          + ReductionHours.plain(most).toPlainString());
      return false;
    }
    if (value.stripTrailingZeros().scale() > 1) {
      problem(field, what + " must have no more than one decimal place, like " + example);
      return false;
    }
    return true;
  }
}
