package org.probatio.allocation.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A value a policy reads, with where it came from; the source is null when it was not recorded. */
public record Fact<T>(T value, @Nullable Source source) {

  /** A value from a dated record, e.g. {@code Fact.from(RoshLevel.HIGH, "RoSH screening", date)}. */
  public static <T> Fact<T> from(T value, String record, @Nullable LocalDate date) {
    return new Fact<>(value, new Source(record, date));
  }

  /** A value whose source was not recorded. */
  public static <T> Fact<T> unsourced(T value) {
    return new Fact<>(value, null);
  }
}
