package org.probatio.risk.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** Reviewing or removing a registration: a date, words, and the version the user saw. */
public record RegistrationChangeForm(
    @Nullable String onDay,
    @Nullable String onMonth,
    @Nullable String onYear,
    @Nullable String notes,
    @Nullable Integer version) {

  static RegistrationChangeForm blank(LocalDate today, int version) {
    DateInput date = DateInput.of(today);
    return new RegistrationChangeForm(date.day(), date.month(), date.year(), null, version);
  }

  @Nullable LocalDate date(FormErrors errors, String label) {
    return FormValues.date(errors, "on", label, new DateInput(onDay, onMonth, onYear));
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }
}
