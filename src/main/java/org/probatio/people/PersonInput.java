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

  /** A date as typed into the three boxes of the GOV.UK date input. */
  public record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {
    public static DateInput blank() {
      return new DateInput(null, null, null);
    }
  }

  public record AliasInput(@Nullable String firstName, @Nullable String lastName) {}
}
