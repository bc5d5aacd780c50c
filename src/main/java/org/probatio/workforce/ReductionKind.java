package org.probatio.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a reduction is given: hours a week, or a percentage of the member of staff's contracted hours. */
public enum ReductionKind {
  HOURS("Hours a week"),
  PERCENT("Percentage of contracted hours");

  private final String label;

  ReductionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The hours a week a reduction of this amount takes off these contracted hours. */
  public BigDecimal hoursOf(BigDecimal amount, BigDecimal contractedHours) {
    return ReductionHours.plain(this == HOURS ? amount
        : contractedHours.multiply(amount).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
  }
}
