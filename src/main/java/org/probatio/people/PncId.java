package org.probatio.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Police National Computer ID in its canonical form {@code YYYY/NNNNNNNC}: the year, a seven-digit
 * serial and a check letter chosen by (two-digit year followed by the serial) mod 23. Short forms,
 * such as a two-digit year or a serial without leading zeros, are read and normalised.
 */
public record PncId(String value) {

  private static final Pattern WITH_SLASH = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})([A-Z]?)");
  private static final Pattern WITHOUT_SLASH = Pattern.compile("(\\d{4}|\\d{2})(\\d{7})([A-Z]?)");
  static final String FORMAT_HINT = "Enter a PNC ID like 2008/0056560Z";

  public static Parsed<PncId> parse(String input) {
    String text = input.strip().toUpperCase().replace(" ", "");
    Matcher m = WITH_SLASH.matcher(text);
    if (!m.matches()) {
      m = WITHOUT_SLASH.matcher(text);
      if (!m.matches()) {
        return Parsed.invalid(FORMAT_HINT);
      }
    }
    int year = Years.fourDigit(m.group(1));
    int serial = Integer.parseInt(m.group(2));
    char expected = checkLetter(year, serial);
    if (m.group(3).isEmpty()) {
      return Parsed.invalid("PNC ID needs its check character at the end");
    }
    if (m.group(3).charAt(0) != expected) {
      return Parsed.invalid("PNC ID check character should be " + expected);
    }
    return Parsed.valid(new PncId(String.format("%04d/%07d%c", year, serial, expected)));
  }

  /** The check letter for a year and serial. */
  public static char checkLetter(int year, int serial) {
    return CheckLetters.of((year % 100) * 10_000_000L + serial);
  }

  @Override
  public String toString() {
    return value;
  }
}
