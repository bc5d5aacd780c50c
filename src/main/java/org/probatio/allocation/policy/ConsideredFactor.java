package org.probatio.allocation.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A factor a provider policy looked at: its name and value in words, the record it came from and that
 * record's date (null when not recorded), and the criterion it met, or null when it met none.
 */
public record ConsideredFactor(String name, String value, @Nullable String source, @Nullable LocalDate date,
    @Nullable String criterionMet) {

  static ConsideredFactor of(String name, String value, @Nullable Source source, @Nullable String criterionMet) {
    return new ConsideredFactor(name, value, source == null ? null : source.record(), source == null ? null : source.date(),
        criterionMet);
  }

  /** The same factor, meeting a criterion. */
  ConsideredFactor meeting(String criterion) {
    return new ConsideredFactor(name, value, source, date, criterion);
  }

  public boolean metCriterion() {
    return criterionMet != null;
  }
}
