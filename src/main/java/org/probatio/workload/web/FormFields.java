package org.probatio.workload.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Parsed;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/**
 * Reading what was typed into the staff and reduction forms. A blank field reads as missing, for the
 * service to name; a field that cannot be read at all (letters for hours, 31 February) is a problem
 * here, and the form is not sent on until it is put right.
 */
final class FormFields {

  /** The form fields entered with the GOV.UK date input, whose error links to the day box. */
  static final Set<String> DATES = Set.of("startDate", "endDate", "leavingDate", "day");

  private FormFields() {}

  static @Nullable String text(@Nullable String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  static @Nullable LocalDate date(FormErrors errors, String field, String label, @Nullable String day,
      @Nullable String month, @Nullable String year) {
    DateInput typed = new DateInput(day, month, year);
    if (typed.isBlank()) {
      return null;
    }
    Parsed<LocalDate> read = typed.read(label);
    if (read instanceof Parsed.Invalid<LocalDate> invalid) {
      errors.add(field, invalid.message(), field + "-day");
      return null;
    }
    return ((Parsed.Valid<LocalDate>) read).value();
  }

  static @Nullable BigDecimal number(FormErrors errors, String field, @Nullable String typed, String example) {
    String text = text(typed);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.add(field, "Enter a number, like " + example);
      return null;
    }
  }

  static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed) {
    for (E each : type.getEnumConstants()) {
      if (each.name().equals(typed)) {
        return each;
      }
    }
    return null;
  }

  /** The service's problems beside their fields; a date's links to its day box. */
  static FormErrors refused(FormErrors errors, Map<String, String> problems) {
    problems.forEach((field, message) -> errors.add(field, message, DATES.contains(field) ? field + "-day" : field));
    return errors;
  }

  static String day(@Nullable LocalDate date) {
    return date == null ? "" : String.valueOf(date.getDayOfMonth());
  }

  static String month(@Nullable LocalDate date) {
    return date == null ? "" : String.valueOf(date.getMonthValue());
  }

  static String year(@Nullable LocalDate date) {
    return date == null ? "" : String.valueOf(date.getYear());
  }
}
