package org.probatio.insights;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard counts: a period of days (inclusive), and optionally one provider (the sentencing
 * court's) and one delivery unit (the team of the pre-sentence report's author).
 */
public record DashboardFilter(LocalDate from, LocalDate to, @Nullable String providerCode,
    @Nullable String deliveryUnitCode) {

  /** The weeks of the period, each from its first day: the last may be shorter. */
  public List<LocalDate> weekBeginnings() {
    return from.datesUntil(to.plusDays(1), Period.ofWeeks(1)).toList();
  }
}
