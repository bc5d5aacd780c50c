package org.probatio.people.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput;
import org.probatio.people.PersonInput.AliasInput;
import org.probatio.people.PersonInput.DateInput;

/** A person record sent to the API. Codes are the names of the standard lists, such as {@code MALE}. */
record PersonRequest(
    @Nullable String firstName,
    @Nullable String middleNames,
    @Nullable String lastName,
    @Nullable String dateOfBirth,
    @Nullable String gender,
    @Nullable String pnc,
    @Nullable String cro,
    @Nullable String nomis,
    @Nullable String ethnicity,
    @Nullable String religion,
    @Nullable String disability,
    @Nullable String phone,
    @Nullable String email,
    @Nullable AddressRequest address,
    @Nullable String accommodation,
    @Nullable String employment,
    @Nullable Boolean caringResponsibilities,
    @Nullable String caringDetails,
    @Nullable List<AliasInput> aliases,
    @Nullable String provider,
    @Nullable Boolean confirmedNotDuplicate) {

  record AddressRequest(@Nullable String line1, @Nullable String line2, @Nullable String town, @Nullable String postcode) {}

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** Whether the date of birth, if sent, is in the API's format. */
  boolean dateOfBirthWellFormed() {
    return dateOfBirth == null || ISO_DATE.matcher(dateOfBirth.strip()).matches();
  }

  PersonInput input() {
    DateInput date = DateInput.blank();
    if (dateOfBirth != null) {
      Matcher iso = ISO_DATE.matcher(dateOfBirth.strip());
      if (iso.matches()) {
        date = new DateInput(iso.group(3), iso.group(2), iso.group(1));
      }
    }
    AddressRequest a = address == null ? new AddressRequest(null, null, null, null) : address;
    return new PersonInput(firstName, middleNames, lastName, date, gender, pnc, cro, nomis, ethnicity, religion,
        disability, phone, email, a.line1(), a.line2(), a.town(), a.postcode(), accommodation, employment,
        caringResponsibilities == null ? null : (caringResponsibilities ? "yes" : "no"), caringDetails,
        aliases == null ? List.of() : aliases);
  }
}
