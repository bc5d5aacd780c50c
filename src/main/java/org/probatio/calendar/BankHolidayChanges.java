package org.probatio.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.calendar.internal.ChangeRepository;
import org.probatio.calendar.rules.BankHoliday;
import org.probatio.calendar.rules.BankHolidays;
import org.probatio.calendar.rules.HolidayChange;
import org.probatio.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' one-off changes to the bank holidays: a new bank holiday, or a rule's holiday that
 * will not be held. Only future dates may be changed, so no deadline already counted moves under
 * anyone's feet. Every change is audited and announced as {@link BankHolidaysChanged}.
 */
@Service
public class BankHolidayChanges {

  public static final int LONGEST_NAME = 100;
  public static final int LONGEST_REASON = 500;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.UK);

  /** What happened when an administrator made or withdrew a change. */
  public sealed interface Outcome {

    record Done(long id) implements Outcome {}

    /** Refused: each field at fault (date, name, reason) with what to do about it. */
    record Refused(Map<String, String> problems) implements Outcome {}

    /** No change in force with that id. */
    record NotFound() implements Outcome {}
  }

  private final ChangeRepository repository;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BankHolidayChanges(ChangeRepository repository, CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Outcome make(HolidayChange change) {
    Map<String, String> problems = problems(change);
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    HolidayChange stripped = change instanceof HolidayChange.Added added
        ? new HolidayChange.Added(added.date(), added.name().strip(), added.reason().strip())
        : new HolidayChange.Removed(change.date(), change.reason().strip());
    long id = repository.insert(stripped, clock.instant(), currentUser.username());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("date", change.date().toString());
    details.put("kind", stripped instanceof HolidayChange.Added ? "ADDED" : "REMOVED");
    if (stripped instanceof HolidayChange.Added added) {
      details.put("name", added.name());
    }
    details.put("reason", stripped.reason());
    audit.record(AuditAction.CREATE, "bank-holiday-change", String.valueOf(id), details);
    events.publishEvent(new BankHolidaysChanged(change.date()));
    return new Outcome.Done(id);
  }

  /** Takes a change out of force, if its date has not yet come. */
  @Transactional
  public Outcome withdraw(long id) {
    Optional<BankHolidayChange> found = repository.inForce(id);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    LocalDate date = found.get().change().date();
    if (!date.isAfter(today())) {
      return new Outcome.Refused(Map.of("date", "The change for " + DAY.format(date)
          + " can no longer be withdrawn: its date has come, and deadlines have been counted with it"));
    }
    repository.withdraw(id, clock.instant(), currentUser.username());
    audit.record(AuditAction.UPDATE, "bank-holiday-change", String.valueOf(id),
        Map.of("date", date.toString(), "withdrawn", true));
    events.publishEvent(new BankHolidaysChanged(date));
    return new Outcome.Done(id);
  }

  /** The changes in force for the year, in date order. */
  @Transactional(readOnly = true)
  public List<BankHolidayChange> inForce(int year) {
    return repository.inForce(year);
  }

  @Transactional(readOnly = true)
  public Optional<BankHolidayChange> inForce(long id) {
    return repository.inForce(id);
  }

  /** Each field's problem, the date's first: empty when the change may be made. */
  private Map<String, String> problems(HolidayChange change) {
    Map<String, String> problems = new LinkedHashMap<>();
    dateProblem(change).ifPresent(message -> problems.put("date", message));
    if (change instanceof HolidayChange.Added added) {
      tooLongOrBlank(added.name(), LONGEST_NAME, "Enter the name of the bank holiday", "The name")
          .ifPresent(message -> problems.put("name", message));
    }
    tooLongOrBlank(change.reason(), LONGEST_REASON, "Enter the reason for the change, such as the proclamation",
        "The reason").ifPresent(message -> problems.put("reason", message));
    return problems;
  }

  private Optional<String> dateProblem(HolidayChange change) {
    LocalDate date = change.date();
    if (!date.isAfter(today())) {
      return Optional.of("The date must be in the future");
    }
    if (!BankHolidays.covers(date.getYear())) {
      return Optional.of("The date must be in " + BankHolidays.LAST_YEAR + " or before");
    }
    if (repository.anyInForceOn(date)) {
      return Optional.of("There is already a change for " + DAY.format(date) + ": withdraw it first");
    }
    // read in this transaction, not from the calendar's cache, which another instance's change may not have reached
    Optional<BankHoliday> holiday = repository.applied().on(date);
    if (change instanceof HolidayChange.Removed) {
      return holiday.isEmpty() ? Optional.of("There is no bank holiday on " + DAY.format(date) + " to remove")
          : Optional.empty();
    }
    if (holiday.isPresent()) {
      return Optional.of(DAY.format(date) + " is already a bank holiday: " + holiday.get().name());
    }
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
        ? Optional.of("A bank holiday must be on a weekday: " + DAY.format(date) + " is a " + WEEKDAY.format(date))
        : Optional.empty();
  }

  private static Optional<String> tooLongOrBlank(String text, int longest, String whenBlank, String what) {
    if (text.isBlank()) {
      return Optional.of(whenBlank);
    }
    return text.strip().length() > longest ? Optional.of(what + " must be " + longest + " characters or fewer") : Optional.empty();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
