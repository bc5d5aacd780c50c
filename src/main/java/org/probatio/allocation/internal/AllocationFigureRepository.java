package org.probatio.allocation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationTiming;
import org.probatio.allocation.HandoverTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Final allocations after sentence decided in a period, counted in the database week by week, and the
 * list behind the counts. Days are London days; weeks are counted from the first day of the period.
 */
@Repository
public class AllocationFigureRepository {

  /** Which decisions count: a period, the sentencing courts' providers (all when {@code allProviders}) and, optionally, sentences. */
  public record Selection(LocalDate from, LocalDate to, boolean allProviders,
      Collection<String> courtProviderCodes, @Nullable Collection<Long> sentenceIds) {}

  /** One week's decisions: all, those within one working day, those with a RoSH screening on record. */
  public record WeekRow(int week, long total, long withinOneWorkingDay, long screened) {}

  private static final String WITHIN_ONE_WORKING_DAY = "coalesce(d.working_days <= 1, false)";
  private static final String SELECTED = """
      from allocation_decision d join allocation_case c on c.id = d.case_id
      where d.kind = 'ALLOCATION' and d.status = 'FINAL'
        and d.decided_at >= (cast(:from as date) at time zone 'Europe/London')
        and d.decided_at < ((cast(:to as date) + 1) at time zone 'Europe/London')
        and (:allProviders or c.court_provider in (:providers))
        and (:anySentence or c.sentence_id = any(cast(:sentences as bigint[])))
      """;

  private final JdbcClient jdbc;

  AllocationFigureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<WeekRow> weeks(Selection s) {
    return params(jdbc.sql("""
            select (cast(d.decided_at at time zone 'Europe/London' as date) - cast(:from as date)) / 7 as week,
              count(*) as total, count(*) filter (where %s) as within_one,
              count(*) filter (where d.rosh_assessment_id is not null) as screened
            """.formatted(WITHIN_ONE_WORKING_DAY) + SELECTED + " group by week order by week"), s)
        .query((rs, n) -> new WeekRow(rs.getInt("week"), rs.getLong("total"), rs.getLong("within_one"),
            rs.getLong("screened")))
        .list();
  }

  /** The decisions behind the counts, oldest first, at most {@code limit}. */
  public List<AllocationTiming> allocations(Selection s, int limit) {
    return params(jdbc.sql("""
            select d.id, d.crn, c.sentence_date, d.decided_at, d.working_days, %s as within_one,
              d.rosh_assessment_id is not null as screened, d.provider_code, c.court_provider
            """.formatted(WITHIN_ONE_WORKING_DAY) + SELECTED + " order by d.decided_at, d.id limit :limit"), s)
        .param("limit", limit)
        .query(AllocationFigureRepository::timing).list();
  }

  /** Which of these decisions the selection counts. */
  public List<Long> selected(Selection s, Collection<Long> decisionIds) {
    if (decisionIds.isEmpty()) {
      return List.of();
    }
    return params(jdbc.sql("select d.id " + SELECTED + " and d.id in (:ids)"), s).param("ids", decisionIds)
        .query(Long.class).list();
  }

  /** One week's handovers whose first appointment is recorded, and how many were delivered by that day. */
  public record HandoverWeekRow(int week, long total, long deliveredFirst) {}

  private static final String DELIVERED_FIRST =
      "cast(h.delivered_at at time zone 'Europe/London' as date) <= h.first_appointment_on";
  private static final String HANDOVERS = """
      from allocation_handover h join allocation_decision d on d.id = h.decision_id
        join allocation_case c on c.id = d.case_id
      where h.first_appointment_on is not null
        and h.delivered_at >= (cast(:from as date) at time zone 'Europe/London')
        and h.delivered_at < ((cast(:to as date) + 1) at time zone 'Europe/London')
        and (:allProviders or c.court_provider in (:providers))
        and (:anySentence or c.sentence_id = any(cast(:sentences as bigint[])))
      """;

  public List<HandoverWeekRow> handoverWeeks(Selection s) {
    return params(jdbc.sql("""
            select (cast(h.delivered_at at time zone 'Europe/London' as date) - cast(:from as date)) / 7 as week,
              count(*) as total, count(*) filter (where %s) as delivered_first
            """.formatted(DELIVERED_FIRST) + HANDOVERS + " group by week order by week"), s)
        .query((rs, n) -> new HandoverWeekRow(rs.getInt("week"), rs.getLong("total"), rs.getLong("delivered_first")))
        .list();
  }

  /** The handovers behind the counts, oldest first, at most {@code limit}. */
  public List<HandoverTimeliness> handovers(Selection s, int limit) {
    return params(jdbc.sql("""
            select h.id, h.crn, h.from_provider, h.to_provider, h.delivered_at, h.first_appointment_on,
              %s as delivered_first
            """.formatted(DELIVERED_FIRST) + HANDOVERS + " order by h.delivered_at, h.id limit :limit"), s)
        .param("limit", limit)
        .query((rs, n) -> new HandoverTimeliness(rs.getLong("id"), rs.getString("crn"), rs.getString("from_provider"),
            rs.getString("to_provider"), rs.getTimestamp("delivered_at").toInstant(),
            rs.getDate("first_appointment_on").toLocalDate(), rs.getBoolean("delivered_first")))
        .list();
  }

  private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Selection s) {
    return sql.param("from", Date.valueOf(s.from()))
        .param("to", Date.valueOf(s.to()))
        .param("allProviders", s.allProviders())
        .param("providers", s.courtProviderCodes().isEmpty() ? List.of("") : s.courtProviderCodes())
        .param("anySentence", s.sentenceIds() == null)
        .param("sentences", s.sentenceIds() == null ? "{}"
            : s.sentenceIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
  }

  private static AllocationTiming timing(ResultSet rs, int n) throws SQLException {
    return new AllocationTiming(rs.getLong("id"), rs.getString("crn"), rs.getDate("sentence_date").toLocalDate(),
        rs.getTimestamp("decided_at").toInstant(), rs.getObject("working_days", Integer.class),
        rs.getBoolean("within_one"), rs.getBoolean("screened"), rs.getString("provider_code"),
        rs.getString("court_provider"));
  }
}
