package org.probatio.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the GOV.UK style guide writes them in sentences: "20 November 2026". */
public final class Dates {

  private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private Dates() {
  }

  public static String inWords(LocalDate date) {
    return IN_WORDS.format(date);
  }
}
