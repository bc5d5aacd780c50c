package org.probatio.workforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a change altered, for the audit trail: each field that differs, with its value before and after. */
final class Differences {

  private Differences() {}

  static Map<String, List<@Nullable Object>> between(Map<String, @Nullable Object> before,
      Map<String, @Nullable Object> after) {
    Map<String, List<@Nullable Object>> changed = new LinkedHashMap<>();
    after.forEach((field, value) -> {
      Object was = before.get(field);
      if (!Objects.equals(comparable(was), comparable(value))) {
        changed.put(field, java.util.Arrays.asList(was, value));
      }
    });
    return changed;
  }

  /** Numbers as text compare by value: 37 and 37.0 hours are the same. */
  private static @Nullable Object comparable(@Nullable Object value) {
    return value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")
        ? new java.math.BigDecimal(text).stripTrailingZeros() : value;
  }
}
