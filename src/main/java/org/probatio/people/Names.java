package org.probatio.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as the system compares them: without case, accents, apostrophes or extra spaces, so that
 * "Seán O'Brien" and "sean obrien" are the same person to search and to the duplicate check.
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PUNCTUATION = Pattern.compile("['’.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /** Lower case words separated by single spaces. */
  public static String searchKey(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    plain = PUNCTUATION.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return SEPARATORS.matcher(plain).replaceAll(" ").strip();
  }

  /** The key the duplicate check compares: first and last name, with no spaces at all. */
  public static String matchKey(String firstName, String lastName) {
    return searchKey(firstName).replace(" ", "") + "|" + searchKey(lastName).replace(" ", "");
  }
}
