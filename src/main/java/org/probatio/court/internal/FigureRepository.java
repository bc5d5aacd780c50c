package org.probatio.court.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CheckKind;
import org.probatio.court.CheckOutcome;
import org.probatio.court.CheckReturn;
import org.probatio.court.ReportDelivery;
import org.probatio.court.ReportType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The court-to-allocation figures, counted in the database week by week, and the lists behind them.
 * Days are London days; weeks are counted from the first day of the period.
 */
@Repository
public class FigureRepository {

  /** Which rows count: a period, the hearings' providers (all when {@code allProviders}) and, optionally, report authors. */
  public record Selection(LocalDate from, LocalDate to, boolean allProviders, Collection<String> providerCodes,
      @Nullable Collection<String> authorStaffCodes) {}

  /** One week's count: how many met the standard, of how many. */
  public record WeekRow(int week, long met, long total) {}

  private static final String SELECTED = """
      and (:allProviders or h.court_provider_code in (:providers))
      and (:anyAuthor or r.author_staff_code in (:authors))""";
  private static final String COMPLETED_IN_PERIOD = """
      from court_report r join court_hearing h on h.id = r.hearing_id
      where r.completed_at >= (cast(:from as date) at time zone 'Europe/London')
        and r.completed_at < ((cast(:to as date) + 1) at time zone 'Europe/London')
      """ + SELECTED;
  /**
   * Checks due in the period that were answered or are past their due time: a check not yet due is not
   * counted. A check due at midnight, the end of a day, is due on that day.
   */
  private static final String DUE_IN_PERIOD = """
      from court_partner_check c join court_report r on r.id = c.report_id join court_hearing h on h.id = r.hearing_id
      where c.due_at > (cast(:from as date) at time zone 'Europe/London')
        and c.due_at <= ((cast(:to as date) + 1) at time zone 'Europe/London')
        and (c.responded_at is not null or c.due_at < :now)
      """ + SELECTED;
  private static final String DUE_DAY =
      "cast((c.due_at - interval '1 microsecond') at time zone 'Europe/London' as date)";
  private static final String RETURNED_ON_TIME =
      "c.outcome in ('NO_CONCERNS', 'CONCERNS_SHARED') and c.responded_at <= c.due_at";

  private final JdbcClient jdbc;

  FigureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<WeekRow> reportsDeliveredOnDay(Selection s) {
    return params(jdbc.sql("""
            select (cast(r.completed_at at time zone 'Europe/London' as date) - cast(:from as date)) / 7 as week,
              count(*) filter (where r.delivered_on_day) as met, count(*) as total
            """ + COMPLETED_IN_PERIOD + " group by week order by week"), s)
        .query(FigureRepository::week).list();
  }

  public List<WeekRow> checksReturnedOnTime(Selection s, Instant now) {
    return params(jdbc.sql("""
            select (%s - cast(:from as date)) / 7 as week, count(*) filter (where %s) as met, count(*) as total
            """.formatted(DUE_DAY, RETURNED_ON_TIME) + DUE_IN_PERIOD + " group by week order by week"), s)
        .param("now", Timestamp.from(now))
        .query(FigureRepository::week).list();
  }

  /** The reports behind the on-the-day figure, oldest first, at most {@code limit}. */
  public List<ReportDelivery> reportsCompleted(Selection s, int limit) {
    return params(jdbc.sql("""
            select r.id, r.crn, r.type, h.court, h.hearing_date, r.completed_at, r.delivered_on_day, r.author_name
            """ + COMPLETED_IN_PERIOD + " order by r.completed_at, r.id limit :limit"), s)
        .param("limit", limit)
        .query((rs, n) -> new ReportDelivery(rs.getLong("id"), rs.getString("crn"), ReportType.valueOf(rs.getString("type")),
            rs.getString("court"), rs.getDate("hearing_date").toLocalDate(), rs.getTimestamp("completed_at").toInstant(),
            rs.getBoolean("delivered_on_day"), rs.getString("author_name")))
        .list();
  }

  /** The checks behind the on-time figure, by due time, at most {@code limit}. */
  public List<CheckReturn> checksDue(Selection s, Instant now, int limit) {
    return params(jdbc.sql("""
            select c.id, c.report_id, r.crn, c.kind, c.requested_at, c.due_at, c.responded_at, c.outcome,
              coalesce(%s, false) as on_time
            """.formatted(RETURNED_ON_TIME) + DUE_IN_PERIOD + " order by c.due_at, c.id limit :limit"), s)
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(FigureRepository::checkReturn).list();
  }

  /** Sentences passed in the period at hearings whose report one of these members of staff wrote. */
  public List<Long> sentencesReportedBy(Collection<String> authorStaffCodes, LocalDate from, LocalDate to) {
    if (authorStaffCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select s.id from court_sentence s join court_report r on r.hearing_id = s.hearing_id
            where r.author_staff_code in (:authors) and s.sentence_date between :from and :to""")
        .param("authors", authorStaffCodes).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
        .query(Long.class).list();
  }

  private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Selection s) {
    return sql.param("from", Date.valueOf(s.from()))
        .param("to", Date.valueOf(s.to()))
        .param("allProviders", s.allProviders())
        .param("providers", s.providerCodes().isEmpty() ? List.of("") : s.providerCodes())
        .param("anyAuthor", s.authorStaffCodes() == null)
        .param("authors", s.authorStaffCodes() == null || s.authorStaffCodes().isEmpty() ? List.of("") : s.authorStaffCodes());
  }

  private static WeekRow week(ResultSet rs, int n) throws SQLException {
    return new WeekRow(rs.getInt("week"), rs.getLong("met"), rs.getLong("total"));
  }

  private static CheckReturn checkReturn(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    return new CheckReturn(rs.getLong("id"), rs.getLong("report_id"), rs.getString("crn"),
        CheckKind.valueOf(rs.getString("kind")), rs.getTimestamp("requested_at").toInstant(),
        rs.getTimestamp("due_at").toInstant(), CheckRepository.instant(rs, "responded_at"),
        outcome == null ? null : CheckOutcome.valueOf(outcome), rs.getBoolean("on_time"));
  }
}
