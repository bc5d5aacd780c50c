package org.probatio.workload.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.probatio.workload.NewConfiguration;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.GradeCriterion;
import org.probatio.workload.rules.GradeRules;
import org.probatio.workload.rules.PointsTable;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.TierPoints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the workload configuration in {@code workload_configuration} and their figures in
 * {@code workload_case_points}, {@code workload_report_points} and {@code workload_grade_hours}.
 */
@Repository
public class ConfigurationRepository {

  /** A stored version's own row: its dates, who made it, its note, and its grade rules. */
  public record VersionRow(long id, LocalDate effectiveFrom, String note, Instant madeAt, String madeBy,
      @Nullable Instant withdrawnAt, @Nullable String withdrawnBy, int nominalTarget, GradeRules gradeRules) {}

  private static final String COLUMNS = """
      id, effective_from, note, made_at, made_by, withdrawn_at, withdrawn_by, nominal_target, restricted_grades,
      restricted_criteria, register_codes""";

  private final JdbcClient jdbc;

  ConfigurationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every version, withdrawn ones too, the latest effective date first. */
  public List<VersionRow> versions() {
    return jdbc.sql("select " + COLUMNS + " from workload_configuration order by effective_from desc, id desc")
        .query(ConfigurationRepository::row).list();
  }

  public Optional<VersionRow> version(long id) {
    return jdbc.sql("select " + COLUMNS + " from workload_configuration where id = ?").param(id)
        .query(ConfigurationRepository::row).optional();
  }

  /** The version in force on a day: the latest not withdrawn whose date has come. */
  public Optional<VersionRow> inForceOn(LocalDate day) {
    return jdbc.sql("select " + COLUMNS + """
             from workload_configuration where withdrawn_at is null and effective_from <= ?
            order by effective_from desc limit 1""")
        .param(day).query(ConfigurationRepository::row).optional();
  }

  /** The version, not withdrawn, that takes effect on this very day. */
  public Optional<Long> inForceFrom(LocalDate day) {
    return jdbc.sql("select id from workload_configuration where withdrawn_at is null and effective_from = ?")
        .param(day).query(Long.class).optional();
  }

  /** The figures of a version, as a points table with its id and date. */
  public PointsTable points(VersionRow row) {
    int[][] cells = new int[TierPoints.ROWS.size()][CaseType.values().length];
    jdbc.sql("select tier, case_type, points from workload_case_points where configuration_id = ?").param(row.id())
        .query(rs -> {
          cells[TierPoints.ROWS.indexOf(rs.getString("tier"))][CaseType.valueOf(rs.getString("case_type")).ordinal()] =
              rs.getInt("points");
        });
    Map<ReportKind, Integer> reports = new EnumMap<>(ReportKind.class);
    jdbc.sql("select report_kind, points from workload_report_points where configuration_id = ?").param(row.id())
        .query(rs -> {
          reports.put(ReportKind.valueOf(rs.getString("report_kind")), rs.getInt("points"));
        });
    Map<String, BigDecimal> hours = new HashMap<>();
    jdbc.sql("select grade, default_hours from workload_grade_hours where configuration_id = ?").param(row.id())
        .query(rs -> {
          hours.put(rs.getString("grade"), rs.getBigDecimal("default_hours"));
        });
    return new PointsTable(row.id(), row.effectiveFrom(), new TierPoints(cells), reports, row.nominalTarget(), hours);
  }

  /**
   * Stores a new version with all its figures; empty, storing nothing, when a version not withdrawn
   * already takes effect on its date.
   */
  public Optional<Long> insert(NewConfiguration change, Instant at, String by) {
    GradeRules rules = change.gradeRules();
    Optional<Long> inserted = jdbc.sql("""
            insert into workload_configuration (effective_from, nominal_target, restricted_grades, restricted_criteria,
                                                register_codes, note, made_at, made_by)
            values (:from, :target, string_to_array(:grades, ','), string_to_array(:criteria, ','),
                    string_to_array(:codes, ','), :note, :at, :by)
            on conflict (effective_from) where withdrawn_at is null do nothing
            returning id""")
        .param("from", change.effectiveFrom())
        .param("target", change.nominalTarget())
        .param("grades", String.join(",", rules.restrictedGrades()))
        .param("criteria", String.join(",", rules.criteria().stream().map(Enum::name).toList()))
        .param("codes", String.join(",", rules.registerCodes()))
        .param("note", change.note())
        .param("at", Timestamp.from(at))
        .param("by", by)
        .query(Long.class).optional();
    inserted.ifPresent(id -> insertFigures(id, change));
    return inserted;
  }

  /** Marks a version withdrawn; false if it was withdrawn already. */
  public boolean withdraw(long id, Instant at, String by) {
    return jdbc.sql("""
            update workload_configuration set withdrawn_at = :at, withdrawn_by = :by
            where id = :id and withdrawn_at is null""")
        .param("at", Timestamp.from(at)).param("by", by).param("id", id)
        .update() == 1;
  }

  private void insertFigures(long id, NewConfiguration change) {
    StringBuilder tiers = new StringBuilder();
    StringBuilder types = new StringBuilder();
    StringBuilder points = new StringBuilder();
    for (String row : TierPoints.ROWS) {
      for (CaseType type : CaseType.values()) {
        tiers.append(tiers.isEmpty() ? "" : ",").append(row);
        types.append(types.isEmpty() ? "" : ",").append(type.name());
        points.append(points.isEmpty() ? "" : ",").append(change.cases().points(row, type));
      }
    }
    jdbc.sql("""
            insert into workload_case_points (configuration_id, tier, case_type, points)
            select :id, tier, case_type, points::integer
            from unnest(string_to_array(:tiers, ','), string_to_array(:types, ','), string_to_array(:points, ','))
                as cell (tier, case_type, points)""")
        .param("id", id).param("tiers", tiers.toString()).param("types", types.toString())
        .param("points", points.toString()).update();
    change.reports().forEach((kind, value) -> jdbc.sql(
            "insert into workload_report_points (configuration_id, report_kind, points) values (?, ?, ?)")
        .params(id, kind.name(), value).update());
    change.defaultHours().forEach((grade, hours) -> jdbc.sql(
            "insert into workload_grade_hours (configuration_id, grade, default_hours) values (?, ?, ?)")
        .params(id, grade, hours).update());
  }

  private static VersionRow row(ResultSet rs, int n) throws SQLException {
    Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
    Set<GradeCriterion> criteria = EnumSet.noneOf(GradeCriterion.class);
    strings(rs.getArray("restricted_criteria")).forEach(name -> criteria.add(GradeCriterion.valueOf(name)));
    GradeRules rules = new GradeRules(new TreeSet<>(strings(rs.getArray("restricted_grades"))), criteria,
        new TreeSet<>(strings(rs.getArray("register_codes"))));
    return new VersionRow(rs.getLong("id"), rs.getObject("effective_from", LocalDate.class), rs.getString("note"),
        rs.getTimestamp("made_at").toInstant(), rs.getString("made_by"),
        withdrawnAt == null ? null : withdrawnAt.toInstant(), rs.getString("withdrawn_by"), rs.getInt("nominal_target"),
        rules);
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
