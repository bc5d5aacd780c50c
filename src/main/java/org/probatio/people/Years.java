package org.probatio.people;

/** Two-digit years on police identifiers: 00-39 are this century, 40-99 the last. */
final class Years {

  private static final int PIVOT = 40;

  private Years() {}

  static int fourDigit(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return year;
    }
    return year < PIVOT ? 2000 + year : 1900 + year;
  }
}
