package org.probatio.workforce.internal;

import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Codes for new staff and teams: a prefix, then one more than the highest number after it so far.
 * The insert is tried with the next number when a concurrent addition took the code first, so no
 * lock is held while counting.
 */
final class FreeCodes {

  private FreeCodes() {}

  /**
   * The code the row went in under.
   *
   * @param table {@code workforce_staff} or {@code workforce_team}: a constant, never the user's text
   * @param digits how many digits at the least, padded with zeros
   * @param insert inserts the row under the code, false when the code is taken
   */
  static String claim(JdbcClient jdbc, String table, String prefix, int digits, Predicate<String> insert) {
    int next = jdbc.sql("select coalesce(max(cast(substring(code from :digitsFrom) as int)), 0) + 1 from " + table
            + " where code like :prefix and substring(code from :digitsFrom) ~ '^[0-9]{1,9}$'")
        .param("digitsFrom", prefix.length() + 1).param("prefix", likeEscaped(prefix) + "%")
        .query(Integer.class).single();
    while (true) {
      String code = prefix + String.format("%0" + digits + "d", next);
      if (insert.test(code)) {
        return code;
      }
      next++;
    }
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
