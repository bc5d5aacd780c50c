package org.probatio.risk.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Parsed;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** Reading typed values off the risk forms, each problem added to the form's errors. */
final class FormValues {

  private FormValues() {}

  static <E extends Enum<E>> @Nullable E choice(FormErrors errors, String field, @Nullable String value, Class<E> type,
      String message) {
    if (value != null && !value.isBlank()) {
      try {
        return Enum.valueOf(type, value.strip());
      } catch (IllegalArgumentException e) {
        // falls through to the message
      }
    }
    errors.add(field, message);
    return null;
  }

  static @Nullable LocalDate date(FormErrors errors, String field, String label, DateInput typed) {
    Parsed<LocalDate> read = typed.read(label);
    if (read instanceof Parsed.Valid<LocalDate> valid) {
      return valid.value();
    }
    errors.add(field, ((Parsed.Invalid<LocalDate>) read).message(), field + "-day");
    return null;
  }

  static @Nullable Integer number(FormErrors errors, String field, @Nullable String value, String message) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(field, message);
      return null;
    }
  }

  static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
