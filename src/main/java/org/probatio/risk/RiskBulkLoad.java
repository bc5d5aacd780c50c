package org.probatio.risk;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RiskToLoad.LoadedScreening;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads generated RoSH screenings and registrations in batches, for the demo region and
 * benchmarks: no per-row checks or events, and one audit row for the whole load.
 */
@Service
public class RiskBulkLoad {

  private static final int BATCH = 2_000;

  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  RiskBulkLoad(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void load(List<RiskToLoad> people, String loadedBy) {
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> screenings = new ArrayList<>();
    List<Object[]> registrations = new ArrayList<>();
    for (RiskToLoad person : people) {
      LoadedScreening s = person.screening();
      if (s != null) {
        RoshLevels l = s.levels();
        screenings.add(new Object[] {person.crn(), s.stage().name(), Date.valueOf(s.completedOn()), s.completedBy(),
            l.communityChildren().name(), l.communityPublic().name(), l.communityKnownAdult().name(),
            l.communityStaff().name(), l.overall().name(), now});
      }
      for (LoadedRegistration loaded : person.registrations()) {
        NewRegistration r = loaded.registration();
        registrations.add(new Object[] {person.crn(), r.type().name(), r.level() == null ? null : r.level().name(),
            r.mappaCategory(), r.mappaLevel(), r.notes(),
            Date.valueOf(r.registeredOn()), loaded.registeredBy(), r.reviewInterval(), Date.valueOf(loaded.nextReviewOn())});
      }
    }
    jdbc.batchUpdate("""
            insert into risk_rosh_assessment (crn, kind, stage, completed_on, completed_by, community_children,
              community_public, community_known_adult, community_staff, overall, current, recorded_at)
            values (?, 'SCREENING', ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""", screenings, BATCH, (ps, row) -> set(ps, row));
    jdbc.batchUpdate("""
            insert into risk_registration (crn, type, level, mappa_category, mappa_level, notes, registered_on, registered_by,
              review_every_months, next_review_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", registrations, BATCH, (ps, row) -> set(ps, row));
    audit.record(AuditAction.CREATE, "risk", null, Map.of("bulkLoad", people.size(), "screenings", screenings.size(),
        "registrations", registrations.size(), "loadedBy", loadedBy));
  }

  private static void set(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
    for (int i = 0; i < row.length; i++) {
      ps.setObject(i + 1, row[i]);
    }
  }
}
