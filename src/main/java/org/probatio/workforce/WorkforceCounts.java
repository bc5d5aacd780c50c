package org.probatio.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff counted in the database, for figures over a provider, delivery unit or team: never one query per member. */
@Service
public class WorkforceCounts {

  private final JdbcClient jdbc;

  WorkforceCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Where to count: any of these providers (all when null), and a delivery unit and team when given. */
  public record Where(@Nullable Collection<String> providerCodes, @Nullable String deliveryUnitCode,
      @Nullable String teamCode) {}

  /** The staff working on the day, by grade; every grade is listed, with 0 where there are none. */
  @Transactional(readOnly = true)
  public Map<Grade, Long> byGrade(Where where, LocalDate day) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder sql = new StringBuilder("""
        select s.grade, count(*) as staff
        from workforce_staff s
        join workforce_team t on t.code = s.team_code
        join workforce_delivery_unit u on u.code = t.delivery_unit_code
        where s.start_date <= :day and (s.leaving_date is null or s.leaving_date >= :day)""");
    params.put("day", day);
    if (where.providerCodes() != null) {
      sql.append(" and u.provider_code in (:providers)");
      params.put("providers", where.providerCodes().isEmpty() ? List.of("") : where.providerCodes());
    }
    if (where.deliveryUnitCode() != null) {
      sql.append(" and u.code = :unit");
      params.put("unit", where.deliveryUnitCode());
    }
    if (where.teamCode() != null) {
      sql.append(" and t.code = :team");
      params.put("team", where.teamCode());
    }
    Map<Grade, Long> counts = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      counts.put(grade, 0L);
    }
    jdbc.sql(sql.append(" group by s.grade").toString()).params(params).query((RowCallbackHandler) rs ->
        counts.put(Grade.valueOf(rs.getString("grade")), rs.getLong("staff")));
    return counts;
  }

  /** The codes of the delivery unit's teams. */
  @Transactional(readOnly = true)
  public List<String> teamCodesIn(String deliveryUnitCode) {
    return jdbc.sql("select code from workforce_team where delivery_unit_code = ? order by code")
        .param(deliveryUnitCode).query(String.class).list();
  }
}
