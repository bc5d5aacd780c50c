package org.probatio.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Criminal Records Office number, in one of its two forms: {@code NNNNNN/YYC} or, for records made
 * from scanned fingerprints, {@code SFYY/NNNNNNC}. The check letter is chosen by (two-digit year
 * followed by the six-digit serial) mod 23, with the same letters as the PNC ID.
 */
public record CroNumber(String value) {

  private static final Pattern STANDARD = Pattern.compile("(\\d{1,6})/(\\d{2})([A-Z]?)");
  private static final Pattern FINGERPRINT = Pattern.compile("SF(\\d{2})/(\\d{1,6})([A-Z]?)");
  static final String FORMAT_HINT = "Enter a CRO number like 012345/99R or SF99/012345R";

  public static Parsed<CroNumber> parse(String input) {
    String text = input.strip().toUpperCase().replace(" ", "");
    Matcher standard = STANDARD.matcher(text);
    if (standard.matches()) {
      return checked(Integer.parseInt(standard.group(2)), Integer.parseInt(standard.group(1)), standard.group(3),
          "%06d/%02d%c", false);
    }
    Matcher fingerprint = FINGERPRINT.matcher(text);
    if (fingerprint.matches()) {
      return checked(Integer.parseInt(fingerprint.group(1)), Integer.parseInt(fingerprint.group(2)),
          fingerprint.group(3), "SF%02d/%06d%c", true);
    }
    return Parsed.invalid(FORMAT_HINT);
  }

  private static Parsed<CroNumber> checked(int year, int serial, String given, String format, boolean yearFirst) {
    char expected = checkLetter(year, serial);
    if (given.isEmpty()) {
      return Parsed.invalid("CRO number needs its check character at the end");
    }
    if (given.charAt(0) != expected) {
      return Parsed.invalid("CRO number check character should be " + expected);
    }
    String value = yearFirst ? String.format(format, year, serial, expected) : String.format(format, serial, year, expected);
    return Parsed.valid(new CroNumber(value));
  }

  public static char checkLetter(int twoDigitYear, int serial) {
    return CheckLetters.of(twoDigitYear * 1_000_000L + serial);
  }

  @Override
  public String toString() {
    return value;
  }
}
