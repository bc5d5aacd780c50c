package org.probatio.risk.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.probatio.risk.RiskManagementPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PlanRepository {

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<RiskManagementPlan> find(String crn) {
    return jdbc.sql("select * from risk_management_plan where crn = ?").param(crn)
        .query((rs, n) -> new RiskManagementPlan(rs.getString("crn").strip(), rs.getString("plan"),
            rs.getDate("review_on").toLocalDate(), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
            rs.getInt("version")))
        .optional();
  }

  /** Writes the plan if it is still at the version the user saw (-1: there was none); false if not. */
  public boolean save(String crn, String plan, LocalDate reviewOn, String by, Instant at, int seenVersion) {
    if (seenVersion < 0) {
      return jdbc.sql("""
              insert into risk_management_plan (crn, plan, review_on, updated_by, updated_at) values (?, ?, ?, ?, ?)
              on conflict (crn) do nothing""")
          .params(crn, plan, Date.valueOf(reviewOn), by, Timestamp.from(at)).update() == 1;
    }
    return jdbc.sql("""
            update risk_management_plan set plan = ?, review_on = ?, updated_by = ?, updated_at = ?, version = version + 1
            where crn = ? and version = ?""")
        .params(plan, Date.valueOf(reviewOn), by, Timestamp.from(at), crn, seenVersion).update() == 1;
  }
}
