package org.probatio.insights;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the dashboard over the period: {@code count} of {@code of} (for likely misallocations,
 * how many of all the allocations), with the same week by week for the chart.
 */
public record Figure(Measure measure, long count, long of, List<Week> weeks) {

  /** A week of the period, from {@code beginning} to {@code end} (the period's last day for a short last week). */
  public record Week(LocalDate beginning, LocalDate end, long count, long of) {

    public @Nullable Integer percent() {
      return Figure.percent(count, of);
    }
  }

  public Figure {
    weeks = List.copyOf(weeks);
  }

  /** The percentage, or null when there was nothing to count. */
  public @Nullable Integer percent() {
    return percent(count, of);
  }

  /**
   * Rounded to the nearest whole number, except that only all is 100% and only none is 0%: 299 of 300
   * is 99%, not 100%.
   */
  static @Nullable Integer percent(long count, long of) {
    if (of == 0) {
      return null;
    }
    long rounded = Math.round(count * 100.0 / of);
    if (rounded == 100 && count < of) {
      return 99;
    }
    if (rounded == 0 && count > 0) {
      return 1;
    }
    return (int) rounded;
  }
}
