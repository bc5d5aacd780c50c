package org.probatio.people;

/** The police check character shared by PNC IDs and CRO numbers: a letter chosen by a number mod 23. */
final class CheckLetters {

  private static final String LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

  private CheckLetters() {}

  static char of(long number) {
    return LETTERS.charAt((int) (number % LETTERS.length()));
  }
}
