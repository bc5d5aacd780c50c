package org.probatio.workload.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.workload.CaseloadFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The caseload picture's counts, each one set-based query over the figures: the current figures in one
 * pass, the grade overrides from the open allocations of PSOs with a figure (a partial index holds just
 * those), and the trend from the
 * history on one day a week (its primary key starts with the day, so each day is an index range).
 */
@Repository
public class CaseloadPictureQueries {

  public static final List<String> SIZE_BANDS = List.of("0 to 10 cases", "11 to 20 cases", "21 to 30 cases",
      "31 to 40 cases", "41 to 50 cases", "Over 50 cases");
  public static final List<String> CAPACITY_BANDS = List.of("Under 50%", "50% to under 80%", "80% to 100%",
      "Over 100% to 110%", "Over 110%", "Not measured (no available points)");

  private static final String CURRENT = """
      select count(*) as practitioners,
             count(*) filter (where cases <= 10) as s0,
             count(*) filter (where cases between 11 and 20) as s1,
             count(*) filter (where cases between 21 and 30) as s2,
             count(*) filter (where cases between 31 and 40) as s3,
             count(*) filter (where cases between 41 and 50) as s4,
             count(*) filter (where cases > 50) as s5,
             count(*) filter (where capacity_percent < 50) as c0,
             count(*) filter (where capacity_percent >= 50 and capacity_percent < 80) as c1,
             count(*) filter (where capacity_percent >= 80 and capacity_percent <= 100) as c2,
             count(*) filter (where capacity_percent > 100 and capacity_percent <= 110) as c3,
             count(*) filter (where capacity_percent > 110) as c4,
             count(*) filter (where capacity_percent is null) as c5,
             count(*) filter (where grade = 'PO') as po,
             count(*) filter (where grade = 'PQIP') as pqip,
             count(*) filter (where grade = 'PSO') as pso
      from workload_figure f
      where true""";
  private static final String OVERRIDES = """
      from workload_figure f
      join workload_practitioner_allocation a on a.staff_code = f.staff_code and a.ended_at is null""";
  private static final String OVERRIDDEN = " where f.grade = 'PSO' and a.grade_override_reason is not null";
  private static final String TREND = """
      select calculated_on, count(*) as practitioners, count(*) filter (where cases > 50) as over_fifty,
             percentile_cont(0.5) within group (order by capacity_percent) as median
      from workload_figure_history f
      where calculated_on in (:days)""";

  private final JdbcClient jdbc;

  CaseloadPictureQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The providers (all when null) and teams (all when null) to count. */
  public record Scope(@Nullable Collection<String> providerCodes, @Nullable Collection<String> teamCodes) {}

  public record Current(long practitioners, long[] bySize, long[] byCapacity, long po, long pqip, long pso) {}

  public record Overrides(long psos, long cases) {}

  public Current current(Scope scope) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql(CURRENT + where(scope, params)).params(params).query((rs, row) -> {
      long[] sizes = new long[SIZE_BANDS.size()];
      long[] capacity = new long[CAPACITY_BANDS.size()];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = rs.getLong("s" + i);
        capacity[i] = rs.getLong("c" + i);
      }
      return new Current(rs.getLong("practitioners"), sizes, capacity, rs.getLong("po"), rs.getLong("pqip"),
          rs.getLong("pso"));
    }).single();
  }

  public Overrides overrideCounts(Scope scope) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("select count(distinct f.staff_code) as psos, count(*) as cases " + OVERRIDES + OVERRIDDEN
            + where(scope, params))
        .params(params).query((rs, row) -> new Overrides(rs.getLong("psos"), rs.getLong("cases"))).single();
  }

  public List<CaseloadFigures.OverrideCase> overrides(Scope scope) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("select c.crn, f.staff_code, f.team_code, a.grade_override_reason, a.allocated_at " + OVERRIDES
            + " join workload_case c on c.id = a.case_id" + OVERRIDDEN + where(scope, params)
            + " order by a.allocated_at desc, c.crn")
        .params(params).query((rs, row) -> new CaseloadFigures.OverrideCase(rs.getString("crn").strip(),
            rs.getString("staff_code"), rs.getString("team_code"), rs.getString("grade_override_reason"),
            rs.getTimestamp("allocated_at").toInstant())).list();
  }

  /** The figures on each of the days, in order; a day with no figures has none counted. */
  public List<CaseloadFigures.TrendWeek> trend(Scope scope, List<LocalDate> days) {
    Map<String, Object> params = new HashMap<>();
    params.put("days", days.stream().map(Date::valueOf).toList());
    Map<LocalDate, CaseloadFigures.TrendWeek> found = new HashMap<>();
    jdbc.sql(TREND + where(scope, params) + " group by calculated_on").params(params).query((rs, row) -> {
      BigDecimal median = rs.getBigDecimal("median");
      return new CaseloadFigures.TrendWeek(rs.getDate("calculated_on").toLocalDate(), rs.getLong("practitioners"),
          median == null ? null : median.setScale(1, RoundingMode.HALF_UP), rs.getLong("over_fifty"));
    }).list().forEach(week -> found.put(week.ending(), week));
    return days.stream().map(day -> found.getOrDefault(day, new CaseloadFigures.TrendWeek(day, 0, null, 0))).toList();
  }

  private static String where(Scope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    if (scope.providerCodes() != null) {
      where.append(" and f.provider_code in (:providers)");
      params.put("providers", scope.providerCodes().isEmpty() ? List.of("") : scope.providerCodes());
    }
    if (scope.teamCodes() != null) {
      where.append(" and f.team_code in (:teams)");
      params.put("teams", scope.teamCodes().isEmpty() ? List.of("") : scope.teamCodes());
    }
    return where.toString();
  }
}
