package org.probatio.risk.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.RegisterType;
import org.probatio.risk.Registration;
import org.probatio.risk.RegistrationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RegistrationRepository {

  private final JdbcClient jdbc;

  RegistrationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Registration> find(long id) {
    return jdbc.sql("select * from risk_registration where id = ?").param(id)
        .query(RegistrationRepository::registration).optional();
  }

  public List<Registration> forPerson(String crn) {
    return jdbc.sql("""
            select * from risk_registration where crn = ?
            order by (deregistered_on is null) desc, registered_on desc, id desc""")
        .param(crn).query(RegistrationRepository::registration).list();
  }

  public boolean hasActive(String crn, RegisterType type) {
    return jdbc.sql("select count(*) from risk_registration where crn = ? and type = ? and deregistered_on is null")
        .params(crn, type.name()).query(Long.class).single() > 0;
  }

  /** Active registrations of these people whose review date has passed, oldest first. */
  public List<Registration> overdue(Collection<String> crns, LocalDate today) {
    if (crns.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select * from risk_registration
            where crn in (:crns) and deregistered_on is null and next_review_on < :today
            order by next_review_on, crn""")
        .param("crns", crns).param("today", Date.valueOf(today))
        .query(RegistrationRepository::registration).list();
  }

  public long insert(String crn, NewRegistration r, String by) {
    return jdbc.sql("""
            insert into risk_registration (crn, type, level, mappa_category, mappa_level, notes, registered_on,
              registered_by, review_every_months, next_review_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(crn, r.type().name(), r.level() == null ? null : r.level().name(), r.mappaCategory(), r.mappaLevel(), r.notes(), Date.valueOf(r.registeredOn()),
            by, r.reviewInterval(), Date.valueOf(r.registeredOn().plusMonths(r.reviewInterval())))
        .query(Long.class).single();
  }

  /** Records a review and moves the next review on; false if the registration changed meanwhile. */
  public boolean review(Registration r, LocalDate on, @Nullable String notes, String by, int expectedVersion) {
    LocalDate next = on.plusMonths(r.reviewEveryMonths());
    int changed = jdbc.sql("""
            update risk_registration set next_review_on = ?, version = version + 1
            where id = ? and version = ? and deregistered_on is null""")
        .params(Date.valueOf(next), r.id(), expectedVersion).update();
    if (changed == 1) {
      jdbc.sql("""
              insert into risk_registration_review (registration_id, reviewed_on, reviewed_by, notes, next_review_on)
              values (?, ?, ?, ?, ?)""")
          .params(r.id(), Date.valueOf(on), by, notes, Date.valueOf(next)).update();
    }
    return changed == 1;
  }

  public boolean deregister(long id, LocalDate on, String reason, String by, int expectedVersion) {
    return jdbc.sql("""
            update risk_registration set deregistered_on = ?, deregistered_by = ?, deregistration_reason = ?,
              version = version + 1
            where id = ? and version = ? and deregistered_on is null""")
        .params(Date.valueOf(on), by, reason, id, expectedVersion).update() == 1;
  }

  private static Registration registration(ResultSet rs, int n) throws SQLException {
    Date deregistered = rs.getDate("deregistered_on");
    return new Registration(
        rs.getLong("id"),
        rs.getString("crn"),
        RegisterType.valueOf(rs.getString("type")),
        rs.getString("level") == null ? null : RegistrationLevel.valueOf(rs.getString("level")),
        rs.getObject("mappa_category", Integer.class),
        rs.getObject("mappa_level", Integer.class),
        rs.getString("notes"),
        rs.getDate("registered_on").toLocalDate(),
        rs.getString("registered_by"),
        rs.getInt("review_every_months"),
        rs.getDate("next_review_on").toLocalDate(),
        deregistered == null ? null : deregistered.toLocalDate(),
        rs.getString("deregistration_reason"),
        rs.getInt("version"));
  }
}
