package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reduction of a member of staff's workload: hours a week or a percentage of their contracted
 * hours, from the start date to the end date (both included; open-ended without one).
 */
public record Reduction(
    long id,
    String staffCode,
    ReductionCategory category,
    ReductionKind kind,
    BigDecimal amount,
    String reason,
    LocalDate startDate,
    @Nullable LocalDate endDate,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public boolean inForceOn(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }

  /** Whether it ended before the day. */
  public boolean endedBy(LocalDate day) {
    return endDate != null && endDate.isBefore(day);
  }

  /** The hours a week it takes off these contracted hours: the hours themselves, or the percentage of them. */
  public BigDecimal hoursOf(BigDecimal contractedHours) {
    return kind.hoursOf(amount, contractedHours);
  }

  /** As a person reads it: "80%" or "7.5 hours a week". */
  public String size() {
    String number = ReductionHours.plain(amount).toPlainString();
    return kind == ReductionKind.PERCENT ? number + "%"
        : number + (amount.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours") + " a week";
  }
}
