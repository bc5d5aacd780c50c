package org.probatio.workload.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.court.OrderType;
import org.probatio.workload.StaffWorkload;
import org.probatio.workload.rules.Capacity;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.WorkloadReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the workload figures are worked out from, and the figures, in {@code workload_figure} and its history. */
@Repository
public class WorkloadFigureRepository {

  private static final String HELD = """
      select a.staff_code, c.crn, c.tier, c.order_type, c.expected_release_date
      from workload_practitioner_allocation a
      join workload_case c on c.id = a.case_id
      where a.ended_at is null and c.ends_on >= :day
      """;
  private static final String REPORTS = """
      select staff_code, crn, type from workload_report
      where completed_at is null or completed_at >= :since
      """;
  private static final String COLUMNS = """
      staff_code, calculated_on, calculated_at, configuration_id, grade, team_code, provider_code, contracted_hours,
      reduction_hours, available_points, points, capacity_percent, cases, community, licence, custody, reports,
      cases_by_tier""";
  private static final TypeReference<Map<String, Integer>> BY_TIER = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json = JsonMapper.builder().build();

  WorkloadFigureRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A case a practitioner holds, as its points need it. */
  public record Held(String staffCode, String crn, @Nullable String tier, OrderType orderType,
      @Nullable LocalDate expectedReleaseDate) {}

  /** The cases the practitioners hold whose sentences have not ended, by staff code; everyone's when codes is null. */
  public Map<String, List<Held>> held(LocalDate day, @Nullable Collection<String> staffCodes) {
    Map<String, List<Held>> byStaff = new HashMap<>();
    jdbc.sql(HELD + (staffCodes == null ? "" : " and a.staff_code in (:codes)"))
        .param("day", day).params(codes(staffCodes))
        .query((RowCallbackHandler) rs -> {
          Date release = rs.getDate("expected_release_date");
          Held held = new Held(rs.getString("staff_code"), rs.getString("crn").strip(), rs.getString("tier"),
              OrderType.valueOf(rs.getString("order_type")), release == null ? null : release.toLocalDate());
          byStaff.computeIfAbsent(held.staffCode(), code -> new ArrayList<>()).add(held);
        });
    return byStaff;
  }

  /** The reports written, being written or completed since the day, by author; everyone's when codes is null. */
  public Map<String, List<WorkloadReport>> reports(Instant since, @Nullable Collection<String> staffCodes) {
    Map<String, List<WorkloadReport>> byStaff = new HashMap<>();
    jdbc.sql(REPORTS + (staffCodes == null ? "" : " and staff_code in (:codes)"))
        .param("since", Timestamp.from(since)).params(codes(staffCodes))
        .query((RowCallbackHandler) rs -> byStaff.computeIfAbsent(rs.getString("staff_code"), code -> new ArrayList<>())
            .add(new WorkloadReport(rs.getString("crn").strip(), ReportKind.valueOf(rs.getString("type")))));
    return byStaff;
  }

  public Map<String, StaffWorkload> figures(Collection<String> staffCodes) {
    if (staffCodes.isEmpty()) {
      return Map.of();
    }
    Map<String, StaffWorkload> found = new LinkedHashMap<>();
    jdbc.sql("select " + COLUMNS + " from workload_figure where staff_code in (:codes)").param("codes", staffCodes)
        .query(this::figure).list().forEach(figure -> found.put(figure.staffCode(), figure));
    return found;
  }

  public List<StaffWorkload> team(String teamCode) {
    return jdbc.sql("select " + COLUMNS + " from workload_figure where team_code = ? order by staff_code").param(teamCode)
        .query(this::figure).list();
  }

  /** Saves the figures as they are now and as today's in the history; a later figure the same day replaces it. */
  public void save(List<StaffWorkload> figures) {
    for (String table : List.of("workload_figure", "workload_figure_history")) {
      String key = table.equals("workload_figure") ? "staff_code" : "calculated_on, staff_code";
      template.batchUpdate("insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, cast(? as jsonb)) on conflict (" + key + ") do update set " + updates(), figures, 2_000,
          this::bind);
    }
  }

  /** Removes the current figures of staff who no longer hold cases (they left, or changed grade). */
  public void removeAllBut(Collection<String> staffCodes) {
    if (staffCodes.isEmpty()) {
      jdbc.sql("delete from workload_figure").update();
    } else {
      jdbc.sql("delete from workload_figure where staff_code not in (:codes)").param("codes", staffCodes).update();
    }
  }

  public void remove(Collection<String> staffCodes) {
    if (!staffCodes.isEmpty()) {
      jdbc.sql("delete from workload_figure where staff_code in (:codes)").param("codes", staffCodes).update();
    }
  }

  private static String updates() {
    StringBuilder set = new StringBuilder();
    for (String column : COLUMNS.split(",")) {
      String name = column.strip();
      if (!name.equals("staff_code") && !name.equals("calculated_on")) {
        set.append(set.isEmpty() ? "" : ", ").append(name).append(" = excluded.").append(name);
      }
    }
    return set.append(", calculated_on = excluded.calculated_on").toString();
  }

  private void bind(PreparedStatement ps, StaffWorkload f) throws SQLException {
    ps.setString(1, f.staffCode());
    ps.setDate(2, Date.valueOf(f.calculatedOn()));
    ps.setTimestamp(3, Timestamp.from(f.calculatedAt()));
    ps.setLong(4, f.configurationId());
    ps.setString(5, f.grade());
    ps.setString(6, f.teamCode());
    ps.setString(7, f.providerCode());
    ps.setBigDecimal(8, f.contractedHours());
    ps.setBigDecimal(9, f.reductionHours());
    ps.setInt(10, f.availablePoints());
    ps.setInt(11, f.points());
    ps.setBigDecimal(12, f.capacity().percent());
    ps.setInt(13, f.cases());
    ps.setInt(14, f.community());
    ps.setInt(15, f.licence());
    ps.setInt(16, f.custody());
    ps.setInt(17, f.reports());
    ps.setString(18, json.writeValueAsString(f.casesByTier()));
  }

  private StaffWorkload figure(ResultSet rs, int row) throws SQLException {
    return new StaffWorkload(rs.getString("staff_code"), rs.getString("grade"), rs.getString("team_code"),
        rs.getString("provider_code"), rs.getBigDecimal("contracted_hours"), strip(rs.getBigDecimal("reduction_hours")),
        rs.getInt("available_points"), rs.getInt("points"), new Capacity(rs.getInt("points"), rs.getInt("available_points")),
        rs.getInt("cases"), rs.getInt("community"), rs.getInt("licence"), rs.getInt("custody"), rs.getInt("reports"),
        json.readValue(rs.getString("cases_by_tier"), BY_TIER), rs.getLong("configuration_id"),
        rs.getDate("calculated_on").toLocalDate(), rs.getTimestamp("calculated_at").toInstant());
  }

  private static BigDecimal strip(BigDecimal hours) {
    BigDecimal stripped = hours.stripTrailingZeros();
    return stripped.scale() < 1 ? stripped.setScale(1) : stripped;
  }

  private static Map<String, Object> codes(@Nullable Collection<String> staffCodes) {
    return staffCodes == null ? Map.of() : Map.of("codes", staffCodes.isEmpty() ? List.of("") : staffCodes);
  }
}
