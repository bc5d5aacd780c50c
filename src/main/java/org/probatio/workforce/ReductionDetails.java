package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reduction as a user gives it, for adding or changing. Anything may be missing: {@link Reductions}
 * names each problem. With a preset's category, a missing kind and amount take the preset's, and a
 * missing end date the preset's length.
 */
public record ReductionDetails(
    @Nullable ReductionCategory category,
    @Nullable ReductionKind kind,
    @Nullable BigDecimal amount,
    @Nullable String reason,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate) {

  public static ReductionDetails of(Reduction reduction) {
    return new ReductionDetails(reduction.category(), reduction.kind(), reduction.amount(), reduction.reason(),
        reduction.startDate(), reduction.endDate());
  }

  /** The same, with the end date changed. */
  public ReductionDetails endingOn(@Nullable LocalDate day) {
    return new ReductionDetails(category, kind, amount, reason, startDate, day);
  }
}
