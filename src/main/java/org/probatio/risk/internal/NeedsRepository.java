package org.probatio.risk.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.probatio.risk.Need;
import org.probatio.risk.NeedRating;
import org.probatio.risk.NeedsAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class NeedsRepository {

  private static final TypeReference<Map<Need, NeedRating>> RATINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  NeedsRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Optional<NeedsAssessment> current(String crn) {
    return jdbc.sql("select id, crn, assessed_on, assessed_by, ratings::text as ratings, current "
            + "from risk_needs_assessment where crn = ? and current")
        .param(crn)
        .query((rs, n) -> new NeedsAssessment(rs.getLong("id"), rs.getString("crn"),
            rs.getDate("assessed_on").toLocalDate(), rs.getString("assessed_by"),
            new EnumMap<>(json.readValue(rs.getString("ratings"), RATINGS)), rs.getBoolean("current")))
        .optional();
  }

  /** Replaces the current assessment with this one. */
  public long insertCurrent(String crn, LocalDate on, Map<Need, NeedRating> ratings, String by, Instant at) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('needs:' || ?))").param(crn).query(Object.class).single();
    jdbc.sql("update risk_needs_assessment set current = false where crn = ? and current").param(crn).update();
    return jdbc.sql("""
            insert into risk_needs_assessment (crn, assessed_on, assessed_by, ratings, current, recorded_at)
            values (?, ?, ?, cast(? as jsonb), true, ?) returning id""")
        .params(crn, Date.valueOf(on), by, json.writeValueAsString(ratings), Timestamp.from(at))
        .query(Long.class).single();
  }
}
