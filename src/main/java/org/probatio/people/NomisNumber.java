package org.probatio.people;

import java.util.regex.Pattern;

/** A prison (NOMIS) number: a letter, four digits and two letters, such as A1234BC. */
public record NomisNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]\\d{4}[A-Z]{2}");

  public static Parsed<NomisNumber> parse(String input) {
    String text = input.strip().toUpperCase();
    return FORMAT.matcher(text).matches()
        ? Parsed.valid(new NomisNumber(text))
        : Parsed.invalid("Enter a NOMIS number like A1234BC: a letter, 4 digits and 2 letters");
  }

  @Override
  public String toString() {
    return value;
  }
}
