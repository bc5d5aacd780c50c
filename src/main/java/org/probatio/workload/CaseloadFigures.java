package org.probatio.workload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caseload picture for a provider, delivery unit or team: the case-holding practitioners' current
 * figures by caseload size and capacity, the grade mix (administrators counted from staff records,
 * since they hold no figures) and the PSOs holding cases outside their grade rules. The weekly trend is
 * {@link CaseloadPicture#trend} apart, since it reads the history and a chart of the figures now does not need it.
 *
 * @param practitioners the case-holding practitioners with a figure
 * @param overFifty how many of them hold more than 50 cases
 */
public record CaseloadFigures(long practitioners, long overFifty, List<Band> caseloadSizes, List<Band> capacity,
    GradeMix grades, long psosWithOverrides, long overrideCases) {

  public CaseloadFigures {
    caseloadSizes = List.copyOf(caseloadSizes);
    capacity = List.copyOf(capacity);
  }

  /** The percentage of practitioners holding more than 50 cases, to 0.1; null when there are none. */
  public @Nullable BigDecimal overFiftyPercent() {
    return CaseloadFigures.percent(overFifty, practitioners);
  }

  /** A band of caseload size or capacity, and how many practitioners fall in it. */
  public record Band(String label, long practitioners) {}

  /** Practitioners by grade, and administrators. */
  public record GradeMix(long po, long pqip, long pso, long admin) {

    public long total() {
      return po + pqip + pso + admin;
    }

    /** Each grade with its count, in the order the picture shows them. */
    public List<Band> bands() {
      return List.of(new Band("Probation officer (PO)", po), new Band("PQiP learner", pqip),
          new Band("Probation services officer (PSO)", pso), new Band("Administrator", admin));
    }
  }

  /**
   * The figures as they stood on the last day of a week (the seven days ending {@code ending}): the
   * practitioners with a figure that day, their median capacity % and how many held more than 50 cases.
   */
  public record TrendWeek(LocalDate ending, long practitioners, @Nullable BigDecimal medianCapacity, long overFifty) {

    public @Nullable BigDecimal overFiftyPercent() {
      return CaseloadFigures.percent(overFifty, practitioners);
    }
  }

  /** A case a PSO holds although a grade rule says a PSO may not, with the senior practitioner's reason. */
  public record OverrideCase(String crn, String staffCode, String teamCode, String reason, Instant allocatedAt) {}

  static @Nullable BigDecimal percent(long count, long of) {
    return of == 0 ? null : BigDecimal.valueOf(count * 1000 / of + (count * 1000 % of * 2 >= of ? 1 : 0), 1);
  }
}
