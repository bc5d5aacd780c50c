package org.probatio.allocation.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.Handover;
import org.probatio.web.Dates;

/** A handover's times as GOV.UK writes them, in London time: "9:30am on 3 June 2026". */
public final class HandoverTimes {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private HandoverTimes() {}

  public static String when(@Nullable Instant at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime london = at.atZone(Handover.LONDON);
    return CLOCK.format(london).toLowerCase(Locale.UK) + " on " + Dates.inWords(london.toLocalDate());
  }
}
