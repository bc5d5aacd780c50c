package org.probatio.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.Provider;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WorkforceRepository {

  private static final String STAFF = StaffRepository.STAFF;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  WorkforceRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public Optional<StaffMember> staffMember(String code) {
    return jdbc.sql(STAFF + " where s.code = ?").param(code).query(StaffRepository::member).optional();
  }

  /** These members of staff, those who have left included, in no particular order; unknown codes are left out. */
  public List<StaffMember> staffMembers(java.util.Collection<String> codes) {
    return codes.isEmpty() ? List.of()
        : jdbc.sql(STAFF + " where s.code in (:codes)").param("codes", codes).query(StaffRepository::member).list();
  }

  public List<StaffMember> teamMembers(String teamCode) {
    return jdbc.sql(STAFF + " where s.team_code = ? order by s.surname, s.forename").param(teamCode)
        .query(StaffRepository::member).list();
  }

  /** The members of a team working on the day (started, and not past their last working day), by surname. */
  public List<StaffMember> teamMembersWorkingOn(String teamCode, LocalDate day) {
    return jdbc.sql(STAFF + """
             where s.team_code = :team and s.start_date <= :day and (s.leaving_date is null or s.leaving_date >= :day)
            order by s.surname, s.forename""")
        .param("team", teamCode).param("day", day)
        .query(StaffRepository::member).list();
  }

  /** The staff of these grades working on the day, by code: for batch work over the whole workforce. */
  public List<StaffMember> staffWorkingOn(LocalDate day, java.util.Collection<Grade> grades) {
    return jdbc.sql(STAFF + """
             where s.grade in (:grades) and s.start_date <= :day and (s.leaving_date is null or s.leaving_date >= :day)
            order by s.code""")
        .param("grades", grades.stream().map(Grade::name).toList()).param("day", day)
        .query(StaffRepository::member).list();
  }

  public Optional<DeliveryUnit> deliveryUnit(String code) {
    return jdbc.sql("select code, name, provider_code from workforce_delivery_unit where code = ?").param(code)
        .query(WorkforceRepository::deliveryUnit).optional();
  }

  public Optional<Provider> provider(String code) {
    return jdbc.sql("select code, name, type from workforce_provider where code = ?").param(code)
        .query(WorkforceRepository::provider).optional();
  }

  public List<Provider> providers() {
    return jdbc.sql("select code, name, type from workforce_provider order by name")
        .query(WorkforceRepository::provider).list();
  }

  public List<DeliveryUnit> deliveryUnits() {
    return jdbc.sql("select code, name, provider_code from workforce_delivery_unit order by provider_code, name")
        .query(WorkforceRepository::deliveryUnit).list();
  }

  public List<String> staffCodesIn(String deliveryUnitCode) {
    return jdbc.sql("""
            select s.code from workforce_staff s join workforce_team t on t.code = s.team_code
            where t.delivery_unit_code = ? order by s.code""")
        .param(deliveryUnitCode).query(String.class).list();
  }

  public long countProviders() {
    return jdbc.sql("select count(*) from workforce_provider").query(Long.class).single();
  }

  public void insert(Organisation organisation) {
    template.batchUpdate("insert into workforce_provider (code, name, type) values (?, ?, ?)",
        organisation.providers(), 500, (ps, p) -> {
          ps.setString(1, p.code());
          ps.setString(2, p.name());
          ps.setString(3, p.type().name());
        });
    template.batchUpdate("insert into workforce_delivery_unit (code, name, provider_code) values (?, ?, ?)",
        organisation.deliveryUnits(), 500, (ps, u) -> {
          ps.setString(1, u.code());
          ps.setString(2, u.name());
          ps.setString(3, u.providerCode());
        });
    template.batchUpdate("insert into workforce_team (code, name, delivery_unit_code) values (?, ?, ?)",
        organisation.teams(), 500, (ps, t) -> {
          ps.setString(1, t.code());
          ps.setString(2, t.name());
          ps.setString(3, t.deliveryUnitCode());
        });
    template.batchUpdate("""
            insert into workforce_staff (code, forename, surname, grade, team_code, email, contracted_hours, start_date,
                                         leaving_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        organisation.staff(), 1000, (ps, s) -> {
          ps.setString(1, s.code());
          ps.setString(2, s.forename());
          ps.setString(3, s.surname());
          ps.setString(4, s.grade().name());
          ps.setString(5, s.teamCode());
          ps.setString(6, s.email());
          ps.setBigDecimal(7, s.contractedHours());
          ps.setDate(8, Date.valueOf(s.startDate()));
          ps.setDate(9, s.leavingDate() == null ? null : Date.valueOf(s.leavingDate()));
        });
  }

  private static Provider provider(ResultSet rs, int row) throws SQLException {
    return new Provider(rs.getString("code"), rs.getString("name"), ProviderType.valueOf(rs.getString("type")));
  }

  private static DeliveryUnit deliveryUnit(ResultSet rs, int row) throws SQLException {
    return new DeliveryUnit(rs.getString("code"), rs.getString("name"), rs.getString("provider_code"));
  }
}
