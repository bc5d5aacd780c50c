package org.probatio.court.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CheckKind;
import org.probatio.court.CheckOutcome;
import org.probatio.court.CheckResponse;
import org.probatio.court.Deadlines;
import org.probatio.court.PartnerCheck;
import org.probatio.court.ReportType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CheckRepository {

  /** A late check with what a list of late checks shows beside it. */
  public record LateRow(PartnerCheck check, String crn, ReportType reportType, String authorName) {}

  private final JdbcClient jdbc;

  CheckRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void request(long reportId, CheckKind kind, Instant requestedAt, Instant dueAt) {
    jdbc.sql("insert into court_partner_check (report_id, kind, requested_at, due_at) values (?, ?, ?, ?)")
        .params(reportId, kind.name(), Timestamp.from(requestedAt), Timestamp.from(dueAt)).update();
  }

  public Optional<PartnerCheck> find(long id, Instant now) {
    return jdbc.sql("select * from court_partner_check where id = ?").param(id).query(mapper(now)).optional();
  }

  /** The checks of these reports, by report, police first. */
  public Map<Long, List<PartnerCheck>> forReports(Collection<Long> reportIds, Instant now) {
    Map<Long, List<PartnerCheck>> byReport = new HashMap<>();
    if (reportIds.isEmpty()) {
      return byReport;
    }
    RowMapper<PartnerCheck> mapper = mapper(now);
    jdbc.sql("select * from court_partner_check where report_id in (:ids) order by report_id, kind desc")
        .param("ids", reportIds)
        .query((rs, n) -> byReport.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(mapper.mapRow(rs, n)))
        .list();
    return byReport;
  }

  /** Records the answer; false if the check changed since the user's version. */
  public boolean respond(long id, CheckResponse r, String by, Instant at, int expectedVersion) {
    return jdbc.sql("""
            update court_partner_check set outcome = ?, details = ?, not_obtained_reason = ?, responded_by = ?,
              responded_at = ?, recorded_by = ?, version = version + 1
            where id = ? and version = ?""")
        .params(r.outcome().name(), text(r.details()), r.outcome() == CheckOutcome.NOT_OBTAINED ? text(r.notObtainedReason()) : null,
            text(r.respondedBy()), Timestamp.from(at), by, id, expectedVersion)
        .update() == 1;
  }

  /** Unanswered checks past their due time on reports these members of staff are writing, oldest first. */
  public List<LateRow> late(Collection<String> authorStaffCodes, Instant now) {
    if (authorStaffCodes.isEmpty()) {
      return List.of();
    }
    RowMapper<PartnerCheck> mapper = mapper(now);
    return jdbc.sql("""
            select c.*, r.crn, r.type as report_type, r.author_name
            from court_partner_check c join court_report r on r.id = c.report_id
            where r.author_staff_code in (:authors) and r.completed_at is null
              and c.outcome is null and c.due_at < :now
            order by c.due_at, c.id""")
        .param("authors", authorStaffCodes).param("now", Timestamp.from(now))
        .query((rs, n) -> new LateRow(mapper.mapRow(rs, n), rs.getString("crn"),
            ReportType.valueOf(rs.getString("report_type")), rs.getString("author_name")))
        .list();
  }

  /** Marks these checks escalated now, unless they were escalated before. */
  public void escalate(Collection<Long> checkIds, Instant at) {
    if (!checkIds.isEmpty()) {
      jdbc.sql("update court_partner_check set escalated_at = :at where id in (:ids) and escalated_at is null")
          .param("at", Timestamp.from(at)).param("ids", checkIds).update();
    }
  }

  private static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static RowMapper<PartnerCheck> mapper(Instant now) {
    return (rs, n) -> check(rs, now);
  }

  private static PartnerCheck check(ResultSet rs, Instant now) throws SQLException {
    String outcome = rs.getString("outcome");
    Instant dueAt = rs.getTimestamp("due_at").toInstant();
    Instant respondedAt = instant(rs, "responded_at");
    return new PartnerCheck(
        rs.getLong("id"),
        rs.getLong("report_id"),
        CheckKind.valueOf(rs.getString("kind")),
        rs.getTimestamp("requested_at").toInstant(),
        dueAt,
        outcome == null ? null : CheckOutcome.valueOf(outcome),
        rs.getString("details"),
        rs.getString("not_obtained_reason"),
        rs.getString("responded_by"),
        respondedAt,
        rs.getString("recorded_by"),
        instant(rs, "escalated_at"),
        rs.getInt("version"),
        Deadlines.late(dueAt, respondedAt, now));
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
