package org.probatio.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the GOV.UK style guide writes them in sentences: "20 November 2026". */
public final class Dates {

  /** Probation in England and Wales keeps London time, summer time included. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);
  private static final DateTimeFormatter HOUR_AND_MINUTE = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private Dates() {
  }

  public static String inWords(LocalDate date) {
    return IN_WORDS.format(date);
  }

  /** A moment in London time, as the style guide writes times: "5pm on 3 June 2026", "9:30am on 3 June 2026", "midday on ...". */
  public static String inWords(Instant at) {
    ZonedDateTime local = at.atZone(LONDON);
    LocalTime time = local.toLocalTime().withSecond(0).withNano(0);
    String clock = time.equals(LocalTime.NOON) ? "midday" : time.equals(LocalTime.MIDNIGHT) ? "midnight"
        : (time.getMinute() == 0 ? HOUR : HOUR_AND_MINUTE).format(time).toLowerCase(Locale.UK);
    return clock + " on " + IN_WORDS.format(local);
  }
}
