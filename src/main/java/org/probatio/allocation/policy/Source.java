package org.probatio.allocation.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact came from: the record, in words (e.g. "RoSH screening", "MAPPA registration"), and its
 * date when it has one.
 */
public record Source(String record, @Nullable LocalDate date) {

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** As in "the RoSH screening of 20 November 2026". */
  @Override
  public String toString() {
    return "the " + record + (date == null ? "" : " of " + DAY_MONTH_YEAR.format(date));
  }
}
