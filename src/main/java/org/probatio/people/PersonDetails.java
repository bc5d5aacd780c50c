package org.probatio.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a user enters on a person record, checked and normalised. */
public record PersonDetails(
    String firstName,
    @Nullable String middleNames,
    String lastName,
    LocalDate dateOfBirth,
    Gender gender,
    @Nullable PncId pnc,
    @Nullable CroNumber cro,
    @Nullable NomisNumber nomis,
    @Nullable Ethnicity ethnicity,
    @Nullable Religion religion,
    @Nullable Disability disability,
    @Nullable String phone,
    @Nullable String email,
    @Nullable Address address,
    @Nullable Accommodation accommodation,
    @Nullable Employment employment,
    @Nullable Boolean caringResponsibilities,
    @Nullable String caringDetails,
    List<Alias> aliases) {

  public String fullName() {
    return middleNames == null ? firstName + " " + lastName : firstName + " " + middleNames + " " + lastName;
  }
}
