package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hours a week a member of staff's reductions take off their contracted hours on a day, with the
 * reductions that made it up: each reduction in force counts its hours, or its percentage of the
 * contracted hours (not of what other reductions leave), and the total is never more than the
 * contracted hours. Workload's available points are counted from the hours left.
 *
 * @param hours the total, capped at the contracted hours
 * @param capped whether the reductions added up to more than the contracted hours
 */
public record ReductionHours(LocalDate day, BigDecimal contractedHours, BigDecimal hours, boolean capped,
    List<Counted> counted) {

  /** One reduction in force on the day and the hours it takes off. */
  public record Counted(Reduction reduction, BigDecimal hours) {}

  /** Pure: the reductions in force on the day, of any given, counted against the contracted hours. */
  public static ReductionHours on(LocalDate day, BigDecimal contractedHours, List<Reduction> reductions) {
    List<Counted> counted = reductions.stream().filter(r -> r.inForceOn(day))
        .map(r -> new Counted(r, r.hoursOf(contractedHours))).toList();
    BigDecimal total = counted.stream().map(Counted::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean capped = total.compareTo(contractedHours) > 0;
    return new ReductionHours(day, contractedHours, plain(capped ? contractedHours : total), capped, counted);
  }

  /** The contracted hours less the reductions: what workload's available points are counted from. */
  public BigDecimal hoursLeft() {
    return plain(contractedHours.subtract(hours));
  }

  /** Without trailing zeros, and never in exponent form: 30, not 3E+1. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
