package org.probatio.court.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportSections;
import org.probatio.court.ReportType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReportRepository {

  /** A report as started: who writes it, and when it was asked for and is due. */
  public record Started(long hearingId, String crn, ReportType type, Instant requestedAt, Instant dueAt,
      @Nullable String authorStaffCode, String authorName, @Nullable Long roshAssessmentId) {}

  private final JdbcClient jdbc;
  private final CheckRepository checks;

  ReportRepository(JdbcClient jdbc, CheckRepository checks) {
    this.jdbc = jdbc;
    this.checks = checks;
  }

  /** Starts the report, unless the hearing has one already: empty then. */
  public Optional<Long> insert(Started r) {
    return jdbc.sql("""
            insert into court_report (hearing_id, crn, type, requested_at, due_at, author_staff_code, author_name,
              rosh_assessment_id)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (hearing_id) do nothing returning id""")
        .params(r.hearingId(), r.crn(), r.type().name(), Timestamp.from(r.requestedAt()), Timestamp.from(r.dueAt()),
            r.authorStaffCode(), r.authorName(), r.roshAssessmentId())
        .query(Long.class).optional();
  }

  public Optional<Long> idForHearing(long hearingId) {
    return jdbc.sql("select id from court_report where hearing_id = ?").param(hearingId).query(Long.class).optional();
  }

  public Optional<PreSentenceReport> find(long id, Instant now) {
    return withChecks(jdbc.sql("select * from court_report where id = ?").param(id)
        .query(ReportRepository::report).list(), now).stream().findFirst();
  }

  /** The person's reports, newest first. */
  public List<PreSentenceReport> forPerson(String crn, Instant now) {
    return withChecks(jdbc.sql("select * from court_report where crn = ? order by requested_at desc, id desc")
        .param(crn).query(ReportRepository::report).list(), now);
  }

  /** Reports not yet completed for hearings one provider's court team works (every provider's when null), soonest due first. */
  public List<PreSentenceReport> open(@Nullable String providerCode, Instant now) {
    return withChecks(jdbc.sql("""
            select r.* from court_report r join court_hearing h on h.id = r.hearing_id
            where r.completed_at is null and (cast(:provider as text) is null or h.court_provider_code = :provider)
            order by r.due_at, r.id limit 200""")
        .param("provider", providerCode).query(ReportRepository::report).list(), now);
  }

  /** Saves the sections; false if the report changed since the user's version or is completed. */
  public boolean saveSections(long id, ReportSections s, @Nullable Long roshAssessmentId, int expectedVersion) {
    return jdbc.sql("""
            update court_report set sources = ?, offence_analysis = ?, risk_and_needs = ?, diversity = ?,
              persons_views = ?, proposal = ?, rosh_assessment_id = ?, version = version + 1
            where id = ? and version = ? and completed_at is null""")
        .params(s.sources(), s.offenceAnalysis(), s.riskAndNeeds(), s.diversity(), s.personsViews(), s.proposal(),
            roshAssessmentId, id, expectedVersion)
        .update() == 1;
  }

  /** Completes the report, resting on this RoSH screening; false if it changed since the user's version. */
  public boolean complete(long id, boolean deliveredOnDay, @Nullable Long roshAssessmentId, Instant at, int expectedVersion) {
    return jdbc.sql("""
            update court_report set completed_at = ?, delivered_on_day = ?, rosh_assessment_id = ?, version = version + 1
            where id = ? and version = ? and completed_at is null""")
        .params(Timestamp.from(at), deliveredOnDay, roshAssessmentId, id, expectedVersion)
        .update() == 1;
  }

  private List<PreSentenceReport> withChecks(List<PreSentenceReport> reports, Instant now) {
    Map<Long, List<PartnerCheck>> byReport = checks.forReports(reports.stream().map(PreSentenceReport::id).toList(), now);
    return reports.stream().map(r -> new PreSentenceReport(r.id(), r.hearingId(), r.crn(), r.type(), r.requestedAt(),
        r.dueAt(), r.completedAt(), r.deliveredOnDay(), r.authorStaffCode(), r.authorName(), r.sections(),
        r.roshAssessmentId(), r.version(), List.copyOf(byReport.getOrDefault(r.id(), List.of())))).toList();
  }

  private static PreSentenceReport report(ResultSet rs, int n) throws SQLException {
    return new PreSentenceReport(
        rs.getLong("id"),
        rs.getLong("hearing_id"),
        rs.getString("crn"),
        ReportType.valueOf(rs.getString("type")),
        rs.getTimestamp("requested_at").toInstant(),
        rs.getTimestamp("due_at").toInstant(),
        CheckRepository.instant(rs, "completed_at"),
        rs.getObject("delivered_on_day", Boolean.class),
        rs.getString("author_staff_code"),
        rs.getString("author_name"),
        new ReportSections(rs.getString("sources"), rs.getString("offence_analysis"), rs.getString("risk_and_needs"),
            rs.getString("diversity"), rs.getString("persons_views"), rs.getString("proposal")),
        rs.getObject("rosh_assessment_id", Long.class),
        rs.getInt("version"),
        List.of());
  }
}
