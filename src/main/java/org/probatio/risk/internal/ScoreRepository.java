package org.probatio.risk.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ScoringRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ScoreRepository {

  /** A stored calculation as it sits in the table: the inputs, and the scores as they were written. */
  public record Row(long id, String crn, Instant calculatedAt, String calculatedBy, String modelVersion,
      String offenceMapping, ScoringRequest inputs, String scoresJson) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ScoreRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public long insert(String crn, ScoringRequest inputs, RiskScores scores, String by, Instant at) {
    return jdbc.sql("""
            insert into risk_score_calculation (crn, calculated_at, calculated_by, model_version, offence_mapping,
              assessment_date, inputs, scores, ogrs3_two_year, rsr_score, rsr_band)
            values (:crn, :at, :by, :model, :mapping, :assessmentDate, cast(:inputs as jsonb), cast(:scores as json),
              :ogrs3, :rsr, :rsrBand)
            returning id""")
        .param("crn", crn)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .param("model", scores.modelVersion().name())
        .param("mapping", scores.offenceMapping())
        .param("assessmentDate", Date.valueOf(scores.assessmentDate()))
        .param("inputs", json.writeValueAsString(inputs))
        .param("scores", scoresJson(scores))
        .param("ogrs3", scores.ogrs3().twoYearScore())
        .param("rsr", scores.rsr().score() == null ? null : BigDecimal.valueOf(scores.rsr().score()))
        .param("rsrBand", scores.rsr().band() == null ? null : scores.rsr().band().name())
        .query(Long.class)
        .single();
  }

  public Optional<Row> find(String crn, long id) {
    return jdbc.sql("select * from risk_score_calculation where crn = ? and id = ?").params(crn, id)
        .query((rs, n) -> row(rs)).optional();
  }

  public List<Row> history(String crn) {
    return jdbc.sql("select * from risk_score_calculation where crn = ? order by calculated_at desc, id desc").param(crn)
        .query((rs, n) -> row(rs)).list();
  }

  /** The scores as they are stored: a replay gives the same text when nothing has changed. */
  public String scoresJson(RiskScores scores) {
    return json.writeValueAsString(scores);
  }

  private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(rs.getLong("id"), rs.getString("crn").strip(), rs.getTimestamp("calculated_at").toInstant(),
        rs.getString("calculated_by"), rs.getString("model_version"), rs.getString("offence_mapping"),
        json.readValue(rs.getString("inputs"), ScoringRequest.class), rs.getString("scores"));
  }
}
