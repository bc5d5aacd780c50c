package org.probatio.risk.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoshRepository {

  private final JdbcClient jdbc;

  RoshRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes recordings for one person queue, first one included, until this transaction ends. */
  public void lockPerson(String crn) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('risk:' || ?))").param(crn).query(Object.class).single();
  }

  public Optional<RoshAssessment> current(String crn) {
    return jdbc.sql("select * from risk_rosh_assessment where crn = ? and current").param(crn)
        .query(RoshRepository::assessment).optional();
  }

  public List<RoshAssessment> history(String crn) {
    return jdbc.sql("select * from risk_rosh_assessment where crn = ? order by recorded_at desc, id desc").param(crn)
        .query(RoshRepository::assessment).list();
  }

  /** Makes the new assessment current, in place of the one it supersedes. */
  public long insertCurrent(String crn, NewRoshAssessment a, @Nullable Long supersedes, String by, Instant at) {
    if (supersedes != null) {
      jdbc.sql("update risk_rosh_assessment set current = false where id = ?").param(supersedes).update();
    }
    RoshLevels l = a.levels();
    return jdbc.sql("""
            insert into risk_rosh_assessment (crn, kind, stage, completed_on, completed_by, community_children,
              community_public, community_known_adult, community_staff, custody_children, custody_public,
              custody_known_adult, custody_staff, custody_prisoners, overall, supersedes_id, current, recorded_at)
            values (:crn, :kind, :stage, :completedOn, :by, :cc, :cp, :ca, :cs, :kc, :kp, :ka, :ks, :kx, :overall,
              :supersedes, true, :at)
            returning id""")
        .param("crn", crn)
        .param("kind", a.kind().name())
        .param("stage", a.stage().name())
        .param("completedOn", Date.valueOf(a.completedOn()))
        .param("by", by)
        .param("cc", l.communityChildren().name())
        .param("cp", l.communityPublic().name())
        .param("ca", l.communityKnownAdult().name())
        .param("cs", l.communityStaff().name())
        .param("kc", name(l.custodyChildren()))
        .param("kp", name(l.custodyPublic()))
        .param("ka", name(l.custodyKnownAdult()))
        .param("ks", name(l.custodyStaff()))
        .param("kx", name(l.custodyPrisoners()))
        .param("overall", l.overall().name())
        .param("supersedes", supersedes)
        .param("at", Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  private static @Nullable String name(@Nullable RoshLevel level) {
    return level == null ? null : level.name();
  }

  private static @Nullable RoshLevel level(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : RoshLevel.valueOf(value);
  }

  private static RoshAssessment assessment(ResultSet rs, int n) throws SQLException {
    return new RoshAssessment(
        rs.getLong("id"),
        rs.getString("crn"),
        AssessmentKind.valueOf(rs.getString("kind")),
        AssessmentStage.valueOf(rs.getString("stage")),
        new RoshLevels(level(rs, "community_children"), level(rs, "community_public"),
            level(rs, "community_known_adult"), level(rs, "community_staff"), level(rs, "custody_children"),
            level(rs, "custody_public"), level(rs, "custody_known_adult"), level(rs, "custody_staff"),
            level(rs, "custody_prisoners")),
        rs.getDate("completed_on").toLocalDate(),
        rs.getString("completed_by"),
        rs.getObject("supersedes_id", Long.class),
        rs.getBoolean("current"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
