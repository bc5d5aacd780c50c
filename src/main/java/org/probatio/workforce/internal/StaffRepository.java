package org.probatio.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.StaffPage;
import org.probatio.workforce.StaffQuery;
import org.probatio.workforce.StaffRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff records in {@code workforce_staff}, with their team and delivery unit. */
@Repository
public class StaffRepository {

  static final String STAFF = """
      select s.code, s.forename, s.surname, s.grade, s.team_code, u.provider_code, s.email,
             s.contracted_hours, s.start_date, s.leaving_date
      from workforce_staff s
      join workforce_team t on t.code = s.team_code
      join workforce_delivery_unit u on u.code = t.delivery_unit_code
      """;

  private static final String RECORDS = """
      select s.code, s.forename, s.surname, s.grade, s.team_code, u.provider_code, s.email,
             s.contracted_hours, s.start_date, s.leaving_date,
             t.name as team_name, u.name as unit_name, s.version, s.updated_at, s.updated_by
      from workforce_staff s
      join workforce_team t on t.code = s.team_code
      join workforce_delivery_unit u on u.code = t.delivery_unit_code
      """;

  private final JdbcClient jdbc;

  StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffRecord> find(String code) {
    return jdbc.sql(RECORDS + " where s.code = ?").param(code).query(StaffRepository::record).optional();
  }

  /** Locks the record until the transaction ends, so a change and the check of its version cannot interleave. */
  public Optional<StaffRecord> findForUpdate(String code) {
    return jdbc.sql(RECORDS + " where s.code = ? for update of s").param(code).query(StaffRepository::record)
        .optional();
  }

  public StaffPage page(StaffQuery query, LocalDate today) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.providerCodes() != null) {
      if (query.providerCodes().isEmpty()) {
        return new StaffPage(List.of(), query.page(), query.size(), 0);
      }
      where.append(" and u.provider_code in (:providers)");
      params.put("providers", List.copyOf(query.providerCodes()));
    }
    if (query.teamCode() != null) {
      where.append(" and s.team_code = :team");
      params.put("team", query.teamCode());
    }
    if (query.name() != null && !query.name().isBlank()) {
      where.append(" and (s.forename || ' ' || s.surname ilike :name or s.code ilike :name)");
      params.put("name", "%" + FreeCodes.likeEscaped(query.name().strip()) + "%");
    }
    if (!query.includeLeavers()) {
      where.append(" and (s.leaving_date is null or s.leaving_date >= :today)");
      params.put("today", today);
    }
    long total = jdbc.sql("""
            select count(*) from workforce_staff s
            join workforce_team t on t.code = s.team_code
            join workforce_delivery_unit u on u.code = t.delivery_unit_code""" + where)
        .params(params).query(Long.class).single();
    List<StaffRecord> staff = total == 0 ? List.of()
        : jdbc.sql(RECORDS + where + " order by s.surname, s.forename, s.code limit :limit offset :offset")
            .params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
            .query(StaffRepository::record).list();
    return new StaffPage(staff, query.page(), query.size(), total);
  }

  /**
   * Adds a member of staff under the next free code for their provider and grade (provider code, grade
   * letter, then a number, as N01P001); another code is tried when a concurrent addition takes one.
   */
  public String insert(StaffDetails details, String providerCode, Instant at, String by) {
    return FreeCodes.claim(jdbc, "workforce_staff", providerCode + details.grade().codeLetter(), 3, code -> jdbc.sql("""
            insert into workforce_staff (code, forename, surname, grade, team_code, email, contracted_hours, start_date,
                                         leaving_date, updated_at, updated_by)
            values (:code, :forename, :surname, :grade, :team, :email, :hours, :start, :leaving, :at, :by)
            on conflict (code) do nothing""")
        .param("code", code).params(columns(details)).param("at", Timestamp.from(at)).param("by", by)
        .update() == 1);
  }

  /** Changes a record at the version given; false when it is not at that version. */
  public boolean update(String code, StaffDetails details, int version, Instant at, String by) {
    return jdbc.sql("""
            update workforce_staff set forename = :forename, surname = :surname, grade = :grade, team_code = :team,
                   email = :email, contracted_hours = :hours, start_date = :start, leaving_date = :leaving,
                   version = version + 1, updated_at = :at, updated_by = :by
            where code = :code and version = :version""")
        .params(columns(details)).param("at", Timestamp.from(at)).param("by", by)
        .param("code", code).param("version", version)
        .update() == 1;
  }

  private static Map<String, @Nullable Object> columns(StaffDetails details) {
    Map<String, @Nullable Object> columns = new LinkedHashMap<>();
    columns.put("forename", details.forename());
    columns.put("surname", details.surname());
    columns.put("grade", details.grade() == null ? null : details.grade().name());
    columns.put("team", details.teamCode());
    columns.put("email", details.email());
    columns.put("hours", details.contractedHours());
    columns.put("start", details.startDate());
    columns.put("leaving", details.leavingDate());
    return columns;
  }

  static StaffMember member(ResultSet rs, int row) throws SQLException {
    return new StaffMember(
        rs.getString("code"),
        rs.getString("forename"),
        rs.getString("surname"),
        Grade.valueOf(rs.getString("grade")),
        rs.getString("team_code"),
        rs.getString("provider_code"),
        rs.getString("email"),
        rs.getBigDecimal("contracted_hours"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("leaving_date", LocalDate.class));
  }

  private static StaffRecord record(ResultSet rs, int row) throws SQLException {
    Timestamp updatedAt = rs.getTimestamp("updated_at");
    return new StaffRecord(member(rs, row), rs.getString("team_name"), rs.getString("unit_name"), rs.getInt("version"),
        updatedAt == null ? null : updatedAt.toInstant(), rs.getString("updated_by"));
  }
}
