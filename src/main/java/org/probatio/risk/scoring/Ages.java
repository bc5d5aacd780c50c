package org.probatio.risk.scoring;

import java.time.LocalDate;
import java.time.Period;

/** Whole years and months between dates, as {@link Period} counts them, without building one. */
final class Ages {

  private Ages() {}

  /** Whole years completed from {@code from} to {@code to}: {@code Period.between(from, to).getYears()}. */
  static int years(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return Period.between(from, to).getYears();
    }
    int years = to.getYear() - from.getYear();
    int toMonth = to.getMonthValue();
    int fromMonth = from.getMonthValue();
    if (toMonth < fromMonth || (toMonth == fromMonth && to.getDayOfMonth() < from.getDayOfMonth())) {
      years--;
    }
    return years;
  }

  /** Whole months completed from {@code from} to {@code to}, for {@code to} on or after {@code from}. */
  static int months(LocalDate from, LocalDate to) {
    int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    return to.getDayOfMonth() < from.getDayOfMonth() ? months - 1 : months;
  }
}
