package org.probatio.court;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * When reports and partner checks are due, and when a check is late. Pure: the request time and
 * "now" are inputs, never read from a clock here.
 *
 * <p>"Due the same day" means by 17:00 London time, when the court day ends: an answer that comes
 * after the court has risen is too late for a report given on the day, so the deadline that matters
 * is the court's, not midnight. A request made at or after 17:00 cannot meet that, and is due by the
 * end of the same day instead, so nothing is late the moment it is asked for.
 */
public final class Deadlines {

  /** Courts in England and Wales keep London time, summer time included. */
  public static final ZoneId COURT_ZONE = ZoneId.of("Europe/London");
  public static final LocalTime COURT_DAY_ENDS = LocalTime.of(17, 0);

  private Deadlines() {}

  /** The end of the court day on {@code day}, or the end of that day for a request made after the court rose. */
  public static Instant endOfCourtDay(LocalDate day, Instant requestedAt) {
    Instant close = day.atTime(COURT_DAY_ENDS).atZone(COURT_ZONE).toInstant();
    return requestedAt.isBefore(close) ? close : day.plusDays(1).atStartOfDay(COURT_ZONE).toInstant();
  }

  /** A report is due at the end of the court day on its due date. */
  public static Instant reportDue(LocalDate dueOn, Instant requestedAt) {
    return endOfCourtDay(dueOn, requestedAt);
  }

  /** Checks for oral and fast reports are due the day they are asked for; for standard reports, with the report. */
  public static Instant checkDue(ReportType type, Instant requestedAt, Instant reportDueAt) {
    return type.onTheDay() ? endOfCourtDay(courtDate(requestedAt), requestedAt) : reportDueAt;
  }

  /** A check is late once its due time has passed without an answer. */
  public static boolean late(Instant dueAt, @Nullable Instant respondedAt, Instant now) {
    return respondedAt == null && now.isAfter(dueAt);
  }

  /** The date in court of an instant. */
  public static LocalDate courtDate(Instant at) {
    return LocalDate.ofInstant(at, COURT_ZONE);
  }
}
