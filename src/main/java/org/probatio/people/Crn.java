package org.probatio.people;

import java.util.regex.Pattern;

/** A case reference number, probation's own identifier: one letter and six digits, such as X123456. */
public record Crn(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]\\d{6}");
  private static final int PER_LETTER = 1_000_000;

  public static Parsed<Crn> parse(String input) {
    String text = input.strip().toUpperCase();
    return FORMAT.matcher(text).matches()
        ? Parsed.valid(new Crn(text))
        : Parsed.invalid("Enter a CRN like X123456: one letter and 6 digits");
  }

  /** The CRN for a sequence number: A000001 onwards, moving to the next letter every million. */
  public static Crn fromSequence(long sequence) {
    if (sequence < 1 || sequence >= 26L * PER_LETTER) {
      throw new IllegalArgumentException("CRN sequence out of range: " + sequence);
    }
    char letter = (char) ('A' + sequence / PER_LETTER);
    return new Crn(String.format("%c%06d", letter, sequence % PER_LETTER));
  }

  @Override
  public String toString() {
    return value;
  }
}
