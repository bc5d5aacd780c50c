package org.probatio.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.calendar.internal.ChangeRepository;
import org.probatio.calendar.rules.BankHoliday;
import org.probatio.calendar.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Working days for England and Wales as Probatio counts every deadline: the bank holiday rules, the
 * built-in one-off changes, and the changes administrators have made. The calendar is held in memory
 * and read again when a change is made here, or after {@link #REREAD_AFTER} so that changes made on
 * another instance arrive too (a change is always for a later day, so the delay moves no deadline
 * already due).
 */
@Service
public class WorkingDayCalendar {

  static final Duration REREAD_AFTER = Duration.ofMinutes(5);

  private record Snapshot(WorkingDays workingDays, long readAtMillis) {}

  private final ChangeRepository changes;
  private final Clock clock;
  private volatile @Nullable Snapshot snapshot;

  WorkingDayCalendar(ChangeRepository changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  public boolean isWorkingDay(LocalDate date) {
    return inForce().isWorkingDay(date);
  }

  /** The date that many working days after the given one, before it for a negative number: see {@link WorkingDays#add}. */
  public LocalDate addWorkingDays(LocalDate date, int workingDays) {
    return inForce().add(date, workingDays);
  }

  /** The working days after {@code from} up to and including {@code to}: see {@link WorkingDays#between}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return inForce().between(from, to);
  }

  /** The year's bank holidays, in date order, administrators' changes included. */
  public List<BankHoliday> bankHolidays(int year) {
    return inForce().bankHolidays().inYear(year);
  }

  public Optional<BankHoliday> bankHoliday(LocalDate date) {
    return inForce().bankHolidays().on(date);
  }

  /**
   * The whole calendar as it stands, for batch work that counts millions of deadlines: it never
   * changes, so hold it for the length of the batch.
   */
  public WorkingDays inForce() {
    Snapshot current = snapshot;
    if (current == null || clock.millis() - current.readAtMillis() > REREAD_AFTER.toMillis()) {
      current = reread(current);
    }
    return current.workingDays();
  }

  /** After the change's transaction commits: the next answer counts it. */
  @TransactionalEventListener
  synchronized void on(BankHolidaysChanged changed) {
    snapshot = read();
  }

  /** Reads the changes again, unless another thread has already replaced the stale snapshot. */
  private synchronized Snapshot reread(@Nullable Snapshot stale) {
    Snapshot current = snapshot;
    if (current == null || current == stale) {
      current = read();
      snapshot = current;
    }
    return current;
  }

  private Snapshot read() {
    return new Snapshot(WorkingDays.of(changes.applied()), clock.millis());
  }
}
