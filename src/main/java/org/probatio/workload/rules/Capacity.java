package org.probatio.workload.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Workload points against available points. Capacity % is points / available points x 100, rounded half
 * up to 0.1. With no available points (reductions take all the contracted hours, as in 100% sickness
 * absence) capacity is not measured: {@link #percent()} is null and any points at all are over capacity,
 * so such a practitioner is never offered as having room for a case.
 */
public record Capacity(int points, int availablePoints) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Capacity {
    if (points < 0 || availablePoints < 0) {
      throw new IllegalArgumentException("points and available points must not be negative, not " + points + " and "
          + availablePoints);
    }
  }

  /** Capacity %, to one decimal place; null when there are no available points. */
  public @Nullable BigDecimal percent() {
    if (availablePoints == 0) {
      return null;
    }
    return BigDecimal.valueOf(points).multiply(HUNDRED).divide(BigDecimal.valueOf(availablePoints), 1, RoundingMode.HALF_UP);
  }

  /** Over 100%, or any points with none available. */
  public boolean over() {
    BigDecimal percent = percent();
    return percent == null ? points > 0 : percent.compareTo(HUNDRED) > 0;
  }

  /** With more points, as after taking a case. */
  public Capacity plus(int morePoints) {
    return new Capacity(points + morePoints, availablePoints);
  }

  /** As in "55.9% (559 of 1000 available points)" or "not measured: no available points (12 points held)". */
  @Override
  public String toString() {
    BigDecimal percent = percent();
    return percent == null ? "not measured: no available points (" + points + " points held)"
        : percent.toPlainString() + "% (" + points + " of " + availablePoints + " available points)";
  }
}
