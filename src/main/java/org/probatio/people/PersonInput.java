package org.probatio.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person record as typed, before any checks: the same shape for the form and the API. Every
 * field is text so that what the user typed can be shown back to them with its error.
 */
public record PersonInput(
    @Nullable String firstName,
    @Nullable String middleNames,
    @Nullable String lastName,
    DateInput dateOfBirth,
    @Nullable String gender,
    @Nullable String pnc,
    @Nullable String cro,
    @Nullable String nomis,
    @Nullable String ethnicity,
    @Nullable String religion,
    @Nullable String disability,
    @Nullable String phone,
    @Nullable String email,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String town,
    @Nullable String postcode,
    @Nullable String accommodation,
    @Nullable String employment,
    @Nullable String caringResponsibilities,
    @Nullable String caringDetails,
    List<AliasInput> aliases) {

  public static PersonInput blank() {
    return new PersonInput(null, null, null, DateInput.blank(), null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, List.of());
  }

  /** The record as it stands, ready to edit. */
  public static PersonInput of(PersonDetails d) {
    Address a = d.address();
    return new PersonInput(d.firstName(), d.middleNames(), d.lastName(),
        DateInput.of(d.dateOfBirth()),
        d.gender().name(), text(d.pnc()), text(d.cro()), text(d.nomis()), name(d.ethnicity()), name(d.religion()),
        name(d.disability()), d.phone(), d.email(), a == null ? null : a.line1(), a == null ? null : a.line2(),
        a == null ? null : a.town(), a == null ? null : a.postcode(), name(d.accommodation()), name(d.employment()),
        d.caringResponsibilities() == null ? null : (d.caringResponsibilities() ? "yes" : "no"), d.caringDetails(),
        d.aliases().stream().map(alias -> new AliasInput(alias.firstName(), alias.lastName())).toList());
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** A date as typed into the three boxes of the GOV.UK date input. */
  public record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {
    public static DateInput blank() {
      return new DateInput(null, null, null);
    }

    public static DateInput of(java.time.LocalDate date) {
      return new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
          String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
      return blankText(day) && blankText(month) && blankText(year);
    }

    /** The date, or the Design System's message for what is wrong, naming the field as {@code label}. */
    public Parsed<java.time.LocalDate> read(String label) {
      if (isBlank()) {
        return Parsed.invalid("Enter the " + label.toLowerCase());
      }
      java.util.List<String> missing = new java.util.ArrayList<>();
      if (blankText(day)) {
        missing.add("a day");
      }
      if (blankText(month)) {
        missing.add("a month");
      }
      if (blankText(year)) {
        missing.add("a year");
      }
      if (!missing.isEmpty()) {
        return Parsed.invalid(label + " must include " + String.join(" and ", missing));
      }
      if (year.strip().length() != 4) {
        return Parsed.invalid("Year must include 4 numbers");
      }
      try {
        return Parsed.valid(java.time.LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
            Integer.parseInt(day.strip())));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        return Parsed.invalid(label + " must be a real date");
      }
    }

    private static boolean blankText(@Nullable String text) {
      return text == null || text.isBlank();
    }
  }

  public record AliasInput(@Nullable String firstName, @Nullable String lastName) {}
}
