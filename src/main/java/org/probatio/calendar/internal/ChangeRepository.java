package org.probatio.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probatio.calendar.BankHolidayChange;
import org.probatio.calendar.rules.BankHolidays;
import org.probatio.calendar.rules.HolidayChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrators' bank holiday changes in {@code calendar_bank_holiday_change}. */
@Repository
public class ChangeRepository {

  private static final String COLUMNS = "id, holiday_date, kind, name, reason, made_at, made_by";

  private final JdbcClient jdbc;

  ChangeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(HolidayChange change, Instant at, String by) {
    return jdbc.sql("""
            insert into calendar_bank_holiday_change (holiday_date, kind, name, reason, made_at, made_by)
            values (:date, :kind, :name, :reason, :at, :by) returning id""")
        .param("date", change.date())
        .param("kind", change instanceof HolidayChange.Added ? "ADDED" : "REMOVED")
        .param("name", change instanceof HolidayChange.Added added ? added.name() : null)
        .param("reason", change.reason())
        .param("at", Timestamp.from(at))
        .param("by", by)
        .query(Long.class).single();
  }

  /** The changes in force, oldest first: the order they are applied in. */
  public List<BankHolidayChange> inForce() {
    return jdbc.sql("select " + COLUMNS + " from calendar_bank_holiday_change where withdrawn_at is null order by made_at, id")
        .query(ChangeRepository::change).list();
  }

  /** The built-in calendar with every change in force made to it, oldest first. */
  public BankHolidays applied() {
    return BankHolidays.englandAndWales().with(inForce().stream().map(BankHolidayChange::change).toList());
  }

  public List<BankHolidayChange> inForce(int year) {
    return jdbc.sql("select " + COLUMNS + " from calendar_bank_holiday_change where withdrawn_at is null"
            + " and holiday_date between :first and :last order by holiday_date")
        .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
        .query(ChangeRepository::change).list();
  }

  public Optional<BankHolidayChange> inForce(long id) {
    return jdbc.sql("select " + COLUMNS + " from calendar_bank_holiday_change where withdrawn_at is null and id = ?")
        .param(id).query(ChangeRepository::change).optional();
  }

  public boolean anyInForceOn(LocalDate date) {
    return jdbc.sql("select count(*) from calendar_bank_holiday_change where withdrawn_at is null and holiday_date = ?")
        .param(date).query(Integer.class).single() > 0;
  }

  /** Takes a change out of force; false if it was not in force. */
  public boolean withdraw(long id, Instant at, String by) {
    return jdbc.sql("""
            update calendar_bank_holiday_change set withdrawn_at = :at, withdrawn_by = :by
            where id = :id and withdrawn_at is null""")
        .param("at", Timestamp.from(at)).param("by", by).param("id", id)
        .update() == 1;
  }

  private static BankHolidayChange change(ResultSet rs, int row) throws SQLException {
    LocalDate date = rs.getObject("holiday_date", LocalDate.class);
    String reason = rs.getString("reason");
    HolidayChange change = "ADDED".equals(rs.getString("kind"))
        ? new HolidayChange.Added(date, rs.getString("name"), reason)
        : new HolidayChange.Removed(date, reason);
    return new BankHolidayChange(rs.getLong("id"), change, rs.getTimestamp("made_at").toInstant(), rs.getString("made_by"));
  }
}
