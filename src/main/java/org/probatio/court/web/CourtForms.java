package org.probatio.court.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;
import org.probatio.people.Parsed;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** Typed values read off the court forms; each problem goes into the form's errors, beside its input. */
final class CourtForms {

  private CourtForms() {}

  /** One of the enum's names, or null with {@code message} when nothing (or something unknown) was chosen. */
  static <E extends Enum<E>> @Nullable E chosen(FormErrors errors, String field, @Nullable String value, Class<E> type,
      String message) {
    for (E option : type.getEnumConstants()) {
      if (option.name().equals(value)) {
        return option;
      }
    }
    errors.add(field, message);
    return null;
  }

  /** A GOV.UK date input; an optional date left blank is null without an error. */
  static @Nullable LocalDate date(FormErrors errors, String field, String label, DateInput typed, boolean required) {
    if (!required && typed.isBlank()) {
      return null;
    }
    Parsed<LocalDate> read = typed.read(label);
    if (read instanceof Parsed.Invalid<LocalDate> invalid) {
      errors.add(field, invalid.message(), field + "-day");
      return null;
    }
    return ((Parsed.Valid<LocalDate>) read).value();
  }

  /** A whole number, or null when left blank or (with {@code message}) not a number. */
  static @Nullable Integer number(FormErrors errors, String field, @Nullable String typed, String message) {
    String text = blankToNull(typed);
    if (text != null && text.matches("\\d{1,6}")) {
      return Integer.valueOf(text);
    }
    if (text != null) {
      errors.add(field, message);
    }
    return null;
  }

  static @Nullable String blankToNull(@Nullable String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  /** A list-valued form field's entry at a row, or null past the end. */
  static @Nullable String at(@Nullable List<String> values, int row) {
    return values == null || row >= values.size() ? null : values.get(row);
  }

  /**
   * The service's problems for the error summary: {@code field} names the form's field for each of the
   * service's, and {@code anchor} the input the summary links to.
   */
  static FormErrors errors(List<FieldError> problems, UnaryOperator<String> field, UnaryOperator<String> anchor) {
    return with(FormErrors.none(), problems, field, anchor);
  }

  /** The form's own errors and then the service's, so the user sees every problem at once; the first for a field stands. */
  static FormErrors with(FormErrors errors, List<FieldError> problems, UnaryOperator<String> field,
      UnaryOperator<String> anchor) {
    problems.forEach(p -> errors.add(field.apply(p.field()), p.message(), anchor.apply(p.field())));
    return errors;
  }
}
