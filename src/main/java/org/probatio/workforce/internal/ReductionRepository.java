package org.probatio.workforce.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probatio.workforce.Reduction;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionDetails;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.ReductionToLoad;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Workload reductions in {@code workforce_reduction}; removed ones are kept but never read back. */
@Repository
public class ReductionRepository {

  private static final String REDUCTIONS = """
      select id, staff_code, category, kind, amount, reason, start_date, end_date, version,
             created_at, created_by, updated_at, updated_by
      from workforce_reduction
      where removed_at is null
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ReductionRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A member of staff's reductions, the latest to start first. */
  public List<Reduction> forStaff(String staffCode) {
    return jdbc.sql(REDUCTIONS + " and staff_code = ? order by start_date desc, id desc").param(staffCode)
        .query(ReductionRepository::reduction).list();
  }

  public Optional<Reduction> find(String staffCode, long id) {
    return jdbc.sql(REDUCTIONS + " and staff_code = ? and id = ?").params(staffCode, id)
        .query(ReductionRepository::reduction).optional();
  }

  /** A reduction in force, and the contracted hours of its member of staff. */
  public record InForce(Reduction reduction, BigDecimal contractedHours) {}

  /** Every reduction in force on the day, by staff code: one query for the whole workforce. */
  public List<InForce> inForceOn(LocalDate day) {
    return jdbc.sql("""
            select r.id, r.staff_code, r.category, r.kind, r.amount, r.reason, r.start_date, r.end_date, r.version,
                   r.created_at, r.created_by, r.updated_at, r.updated_by, s.contracted_hours
            from workforce_reduction r join workforce_staff s on s.code = r.staff_code
            where r.removed_at is null and r.start_date <= :day and (r.end_date is null or r.end_date >= :day)
            order by r.staff_code, r.id""")
        .param("day", day)
        .query((rs, n) -> new InForce(reduction(rs, n), rs.getBigDecimal("contracted_hours"))).list();
  }

  /** Adds a reduction whose details are complete and checked. */
  public long insert(String staffCode, ReductionDetails details, Instant at, String by) {
    return bind(jdbc.sql("""
            insert into workforce_reduction (staff_code, category, kind, amount, reason, start_date, end_date,
                                             created_at, created_by, updated_at, updated_by)
            values (:staff, :category, :kind, :amount, :reason, :start, :end, :at, :by, :at, :by)
            returning id"""), details)
        .param("staff", staffCode).param("at", Timestamp.from(at)).param("by", by)
        .query(Long.class).single();
  }

  /** Adds reductions in batches, each as entered by {@code by}; one changed since it was entered is at version 1. */
  public void insertAll(List<ReductionToLoad> loaded, String by) {
    template.batchUpdate("""
            insert into workforce_reduction (staff_code, category, kind, amount, reason, start_date, end_date,
                                             created_at, created_by, updated_at, updated_by, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        loaded, 1000, (ps, r) -> {
          ps.setString(1, r.staffCode());
          ps.setString(2, r.category().name());
          ps.setString(3, r.kind().name());
          ps.setBigDecimal(4, r.amount());
          ps.setString(5, r.reason());
          ps.setDate(6, Date.valueOf(r.startDate()));
          ps.setDate(7, r.endDate() == null ? null : Date.valueOf(r.endDate()));
          ps.setTimestamp(8, Timestamp.from(r.enteredAt()));
          ps.setString(9, by);
          ps.setTimestamp(10, Timestamp.from(r.changedAt()));
          ps.setString(11, by);
          ps.setInt(12, r.changedAt().equals(r.enteredAt()) ? 0 : 1);
        });
  }

  /** Changes a reduction at the version given; false when it is not at that version (or was removed). */
  public boolean update(long id, ReductionDetails details, int version, Instant at, String by) {
    return bind(jdbc.sql("""
            update workforce_reduction set category = :category, kind = :kind, amount = :amount, reason = :reason,
                   start_date = :start, end_date = :end, version = version + 1, updated_at = :at, updated_by = :by
            where id = :id and version = :version and removed_at is null"""), details)
        .param("id", id).param("version", version).param("at", Timestamp.from(at)).param("by", by)
        .update() == 1;
  }

  /** Marks a reduction removed at the version given; false when it is not at that version. */
  public boolean remove(long id, int version, Instant at, String by) {
    return jdbc.sql("""
            update workforce_reduction set removed_at = ?, removed_by = ?, version = version + 1
            where id = ? and version = ? and removed_at is null""")
        .params(Timestamp.from(at), by, id, version)
        .update() == 1;
  }

  private static StatementSpec bind(StatementSpec spec, ReductionDetails details) {
    return spec.param("category", details.category().name())
        .param("kind", details.kind().name())
        .param("amount", details.amount())
        .param("reason", details.reason())
        .param("start", details.startDate())
        .param("end", details.endDate());
  }

  private static Reduction reduction(ResultSet rs, int row) throws SQLException {
    return new Reduction(
        rs.getLong("id"),
        rs.getString("staff_code"),
        ReductionCategory.valueOf(rs.getString("category")),
        ReductionKind.valueOf(rs.getString("kind")),
        rs.getBigDecimal("amount"),
        rs.getString("reason"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getInt("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
