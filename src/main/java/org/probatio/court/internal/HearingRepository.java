package org.probatio.court.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.court.Charge;
import org.probatio.court.CourtSession;
import org.probatio.court.Hearing;
import org.probatio.court.NewHearing;
import org.probatio.court.ReportType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HearingRepository {

  /** The hearing's id, and whether it had been listed already by an earlier request. */
  public record Listed(long id, boolean existed) {}

  /** A hearing on a day's list, with its report's type and state, and whether it has a sentence. */
  public record ListedRow(Hearing hearing, @Nullable ReportType reportType, boolean reportCompleted, boolean sentenced) {}

  private final JdbcClient jdbc;

  HearingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Lists the hearing with its charges, unless the person is listed at that court, day and session already. */
  public Listed insert(NewHearing h, List<Charge> charges, String providerCode, String by, Instant at) {
    Optional<Long> id = jdbc.sql("""
            insert into court_hearing (crn, court, hearing_date, session, courtroom, court_provider_code, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing returning id""")
        .params(h.crn(), h.court().strip(), Date.valueOf(h.date()), h.session().name(), h.courtroom().strip(), providerCode,
            by, Timestamp.from(at))
        .query(Long.class).optional();
    if (id.isEmpty()) {
      return new Listed(jdbc.sql("""
              select id from court_hearing where crn = ? and lower(court) = lower(?) and hearing_date = ? and session = ?""")
          .params(h.crn(), h.court().strip(), Date.valueOf(h.date()), h.session().name())
          .query(Long.class).single(), true);
    }
    for (int i = 0; i < charges.size(); i++) {
      jdbc.sql("insert into court_charge (hearing_id, position, offence_code, description) values (?, ?, ?, ?)")
          .params(id.get(), i + 1, charges.get(i).offenceCode(), charges.get(i).description()).update();
    }
    return new Listed(id.get(), false);
  }

  public Optional<Hearing> find(long id) {
    return withCharges(jdbc.sql("select * from court_hearing where id = ?").param(id)
        .query(HearingRepository::hearing).list()).stream().findFirst();
  }

  /** The person's hearings, newest first. */
  public List<Hearing> forPerson(String crn) {
    return withCharges(jdbc.sql("select * from court_hearing where crn = ? order by hearing_date desc, id desc")
        .param(crn).query(HearingRepository::hearing).list());
  }

  /** A day's court list for one provider's court team, or every provider's when {@code providerCode} is null. */
  public List<ListedRow> listedOn(LocalDate day, @Nullable String providerCode) {
    Map<Long, ListedRow> rows = new LinkedHashMap<>();
    jdbc.sql("""
            select h.*, r.type as report_type, r.completed_at is not null as report_completed,
              exists (select 1 from court_sentence s where s.hearing_id = h.id) as sentenced
            from court_hearing h left join court_report r on r.hearing_id = h.id
            where h.hearing_date = :day and (cast(:provider as text) is null or h.court_provider_code = :provider)
            order by h.court, h.session, h.courtroom, h.id""")
        .param("day", Date.valueOf(day)).param("provider", providerCode)
        .query((rs, n) -> rows.put(rs.getLong("id"), new ListedRow(hearing(rs, n),
            rs.getString("report_type") == null ? null : ReportType.valueOf(rs.getString("report_type")),
            rs.getBoolean("report_completed"), rs.getBoolean("sentenced"))))
        .list();
    Map<Long, Hearing> charged = new HashMap<>();
    withCharges(rows.values().stream().map(ListedRow::hearing).toList()).forEach(h -> charged.put(h.id(), h));
    return rows.values().stream()
        .map(r -> new ListedRow(charged.get(r.hearing().id()), r.reportType(), r.reportCompleted(), r.sentenced())).toList();
  }

  private List<Hearing> withCharges(List<Hearing> hearings) {
    if (hearings.isEmpty()) {
      return hearings;
    }
    Map<Long, List<Charge>> charges = new HashMap<>();
    jdbc.sql("select * from court_charge where hearing_id in (:ids) order by hearing_id, position")
        .param("ids", hearings.stream().map(Hearing::id).toList())
        .query((rs, n) -> charges.computeIfAbsent(rs.getLong("hearing_id"), k -> new ArrayList<>())
            .add(new Charge(rs.getString("offence_code"), rs.getString("description"))))
        .list();
    return hearings.stream().map(h -> new Hearing(h.id(), h.crn(), h.court(), h.date(), h.session(), h.courtroom(),
        h.courtProviderCode(), List.copyOf(charges.getOrDefault(h.id(), List.of())), h.createdBy(), h.createdAt())).toList();
  }

  private static Hearing hearing(ResultSet rs, int n) throws SQLException {
    return new Hearing(
        rs.getLong("id"),
        rs.getString("crn"),
        rs.getString("court"),
        rs.getDate("hearing_date").toLocalDate(),
        CourtSession.valueOf(rs.getString("session")),
        rs.getString("courtroom"),
        rs.getString("court_provider_code"),
        List.of(),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }
}
