package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reduction for bulk loading, as if an administrator had entered it at {@code enteredAt} and last
 * changed it at {@code changedAt} (the same instant unless it was changed since, as when an open-ended
 * reduction is ended).
 */
public record ReductionToLoad(
    String staffCode,
    ReductionCategory category,
    ReductionKind kind,
    BigDecimal amount,
    String reason,
    LocalDate startDate,
    @Nullable LocalDate endDate,
    Instant enteredAt,
    Instant changedAt) {

  public ReductionToLoad {
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("A reduction of " + staffCode + " ends on " + endDate
          + ", before it starts on " + startDate);
    }
    if (changedAt.isBefore(enteredAt)) {
      throw new IllegalArgumentException("A reduction of " + staffCode + " is changed before it is entered");
    }
  }

  /** The hours a week it takes off these contracted hours, as {@link Reduction#hoursOf} counts them. */
  public BigDecimal hoursOf(BigDecimal contractedHours) {
    return kind.hoursOf(amount, contractedHours);
  }

  public boolean inForceOn(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }
}
