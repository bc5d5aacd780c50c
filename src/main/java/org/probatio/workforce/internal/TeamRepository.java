package org.probatio.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Team;
import org.probatio.workforce.TeamRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams in {@code workforce_team}, with their delivery unit and how many staff work in each. */
@Repository
public class TeamRepository {

  private static final String TEAMS = """
      select t.code, t.name, t.delivery_unit_code, u.name as unit_name, u.provider_code, t.version, t.updated_at,
             t.updated_by,
             (select count(*) from workforce_staff s where s.team_code = t.code
                and (s.leaving_date is null or s.leaving_date >= :today)) as current_staff
      from workforce_team t
      join workforce_delivery_unit u on u.code = t.delivery_unit_code
      """;

  private final JdbcClient jdbc;

  TeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The teams of these providers (of every provider for null), by provider, delivery unit and name. */
  public List<TeamRecord> list(@Nullable Set<String> providerCodes, LocalDate today) {
    if (providerCodes != null && providerCodes.isEmpty()) {
      return List.of();
    }
    var spec = jdbc.sql(TEAMS + (providerCodes == null ? "" : " where u.provider_code in (:providers)")
            + " order by u.provider_code, u.name, t.name")
        .param("today", today);
    if (providerCodes != null) {
      spec = spec.param("providers", List.copyOf(providerCodes));
    }
    return spec.query(TeamRepository::record).list();
  }

  public Optional<TeamRecord> find(String code, LocalDate today) {
    return jdbc.sql(TEAMS + " where t.code = :code").param("code", code).param("today", today)
        .query(TeamRepository::record).optional();
  }

  /** The code of the delivery unit's team with this name, ignoring case, if there is one. */
  public Optional<String> named(String deliveryUnitCode, String name) {
    return jdbc.sql("select code from workforce_team where delivery_unit_code = ? and lower(name) = lower(?)")
        .params(deliveryUnitCode, name).query(String.class).optional();
  }

  /** Adds a team under the next free code in its delivery unit: the unit's code, T, then a number. */
  public String insert(String deliveryUnitCode, String name, Instant at, String by) {
    return FreeCodes.claim(jdbc, "workforce_team", deliveryUnitCode + "T", 1, code -> jdbc.sql("""
            insert into workforce_team (code, name, delivery_unit_code, updated_at, updated_by)
            values (?, ?, ?, ?, ?) on conflict (code) do nothing""")
        .params(code, name, deliveryUnitCode, Timestamp.from(at), by)
        .update() == 1);
  }

  /** Renames a team at the version given; false when it is not at that version. */
  public boolean rename(String code, String name, int version, Instant at, String by) {
    return jdbc.sql("""
            update workforce_team set name = ?, version = version + 1, updated_at = ?, updated_by = ?
            where code = ? and version = ?""")
        .params(name, Timestamp.from(at), by, code, version)
        .update() == 1;
  }

  private static TeamRecord record(ResultSet rs, int row) throws SQLException {
    Timestamp updatedAt = rs.getTimestamp("updated_at");
    return new TeamRecord(new Team(rs.getString("code"), rs.getString("name"), rs.getString("delivery_unit_code")),
        rs.getString("unit_name"), rs.getString("provider_code"), rs.getInt("current_staff"), rs.getInt("version"),
        updatedAt == null ? null : updatedAt.toInstant(), rs.getString("updated_by"));
  }
}
