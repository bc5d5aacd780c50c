package org.probatio.allocation.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.Handover;
import org.probatio.people.Parsed;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** The first appointment's date as typed into the GOV.UK date input, and the version of the handover the user saw. */
public record FirstAppointmentForm(@Nullable String firstAppointmentDay, @Nullable String firstAppointmentMonth,
    @Nullable String firstAppointmentYear, @Nullable Integer version) {

  static final String FIELD = "firstAppointment";

  /** The recorded date, ready to change; blank when there is none. */
  static FirstAppointmentForm of(Handover handover) {
    LocalDate on = handover.firstAppointmentOn();
    DateInput typed = on == null ? DateInput.blank() : DateInput.of(on);
    return new FirstAppointmentForm(typed.day(), typed.month(), typed.year(), handover.version());
  }

  /** The date, or null with its problem in {@code errors}. */
  @Nullable LocalDate read(FormErrors errors) {
    Parsed<LocalDate> read = new DateInput(firstAppointmentDay, firstAppointmentMonth, firstAppointmentYear)
        .read("Date of the first appointment");
    if (read instanceof Parsed.Invalid<LocalDate> invalid) {
      errors.add(FIELD, invalid.message(), FIELD + "-day");
      return null;
    }
    return ((Parsed.Valid<LocalDate>) read).value();
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }

  FirstAppointmentForm withVersion(int current) {
    return new FirstAppointmentForm(firstAppointmentDay, firstAppointmentMonth, firstAppointmentYear, current);
  }
}
