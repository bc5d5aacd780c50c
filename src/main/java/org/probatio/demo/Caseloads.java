package org.probatio.demo;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import org.probatio.workload.StaffWorkload;

/**
 * How a loaded region's cases are spread over its practitioners, from their workload figures: how many
 * practitioners have a figure and how many of them hold cases, the median cases held by those who do and
 * the share of them holding more than 50, and, of those whose capacity is measured, the median capacity
 * and the share between 50% and 110%.
 */
public record Caseloads(int practitioners, int withCases, double medianCases, double overFiftyPercent,
    double medianCapacityPercent, double from50To110Percent) {

  static final int MANY_CASES = 50;

  static Caseloads of(Collection<StaffWorkload> figures) {
    double[] cases = figures.stream().mapToInt(StaffWorkload::cases).filter(n -> n > 0).asDoubleStream().sorted()
        .toArray();
    double[] capacity = figures.stream().filter(f -> f.cases() > 0).map(f -> f.capacity().percent())
        .filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).sorted().toArray();
    long over = java.util.Arrays.stream(cases).filter(n -> n > MANY_CASES).count();
    long within = java.util.Arrays.stream(capacity).filter(p -> p >= 50 && p <= 110).count();
    return new Caseloads(figures.size(), cases.length, median(cases), share(over, cases.length),
        median(capacity), share(within, capacity.length));
  }

  public String describe() {
    return String.format("%,d of %,d practitioners hold cases: median %.0f cases, %.1f%% holding more than %d;"
            + " median capacity %.1f%%, %.1f%% of them between 50%% and 110%%", withCases, practitioners, medianCases,
        overFiftyPercent, MANY_CASES, medianCapacityPercent, from50To110Percent);
  }

  private static double median(double[] sorted) {
    return sorted.length == 0 ? 0 : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }

  private static double share(long some, int of) {
    return of == 0 ? 0 : 100.0 * some / of;
  }
}
