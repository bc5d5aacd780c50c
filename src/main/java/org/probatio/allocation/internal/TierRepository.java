package org.probatio.allocation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probatio.allocation.CurrentTier;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierInput;
import org.probatio.allocation.policy.TierModelV2;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Each person's current tier, with its inputs and each factor's points as JSON. */
@Repository
public class TierRepository {

  private static final String UPSERT = """
      insert into allocation_tier (crn, tier, protect_level, protect_points, change_level, change_points, model_version,
        inputs, factors, calculated_at)
      values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
      on conflict (crn) do update set tier = excluded.tier, protect_level = excluded.protect_level,
        protect_points = excluded.protect_points, change_level = excluded.change_level,
        change_points = excluded.change_points, model_version = excluded.model_version, inputs = excluded.inputs,
        factors = excluded.factors, calculated_at = excluded.calculated_at""";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json;

  TierRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
  }

  /** The stored tier, recalculated from its stored input: the model is pure, so this replays it. */
  public Optional<CurrentTier> find(String crn) {
    return jdbc.sql("select crn, inputs::text as inputs, calculated_at from allocation_tier where crn = ?").param(crn)
        .query((rs, row) -> {
          TierInput input = json.readValue(rs.getString("inputs"), TierInput.class);
          return new CurrentTier(rs.getString("crn"), TierModelV2.calculate(input), input,
              rs.getTimestamp("calculated_at").toInstant());
        }).optional();
  }

  public Optional<String> tierCode(String crn) {
    return jdbc.sql("select tier from allocation_tier where crn = ?").param(crn).query(String.class).optional();
  }

  public void save(List<CurrentTier> tiers) {
    List<Object[]> rows = new ArrayList<>(tiers.size());
    for (CurrentTier current : tiers) {
      Tier tier = current.tier();
      List<Object> factors = new ArrayList<>(tier.protect().factors());
      factors.addAll(tier.change().factors());
      rows.add(new Object[] {current.crn(), tier.code(), tier.protect().level().name(), tier.protect().points(),
          tier.change().level(), tier.change().points(), tier.modelVersion(), json.writeValueAsString(current.input()),
          json.writeValueAsString(factors), Timestamp.from(current.calculatedAt())});
    }
    template.batchUpdate(UPSERT, rows);
  }

  public int count() {
    return jdbc.sql("select count(*) from allocation_tier").query(Integer.class).single();
  }

}
