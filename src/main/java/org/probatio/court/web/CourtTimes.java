package org.probatio.court.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.probatio.court.Deadlines;

/** Times as GOV.UK writes them, in court (London) time: "5pm on 3 June 2026", "9:30am on 3 June 2026". */
public final class CourtTimes {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private CourtTimes() {}

  public static String when(@Nullable Instant at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZone(Deadlines.COURT_ZONE);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return "the end of " + DATE.format(local.minusDays(1));
    }
    String time = local.getMinute() == 0
        ? DateTimeFormatter.ofPattern("ha", Locale.UK).format(local)
        : DateTimeFormatter.ofPattern("h:mma", Locale.UK).format(local);
    return time.toLowerCase(Locale.UK) + " on " + DATE.format(local);
  }
}
