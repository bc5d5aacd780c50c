package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.people.PersonInput.AliasInput;
import org.probatio.people.PersonInput.DateInput;

class PersonInputReaderTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** A complete, valid record: each test changes only what it is about. */
  static PersonInput valid() {
    return new PersonInput("Seán", null, "O'Brien", new DateInput("27", "3", "1990"), "MALE", "08/56560Z", null,
        null, "W2", null, null, null, null, "1 High Street", null, "Preston", "pr1 2ab", "SETTLED", "UNEMPLOYED",
        "no", null, List.of());
  }

  static PersonInput withDate(String day, String month, String year) {
    PersonInput v = valid();
    return new PersonInput(v.firstName(), v.middleNames(), v.lastName(), new DateInput(day, month, year), v.gender(),
        v.pnc(), v.cro(), v.nomis(), v.ethnicity(), v.religion(), v.disability(), v.phone(), v.email(),
        v.addressLine1(), v.addressLine2(), v.town(), v.postcode(), v.accommodation(), v.employment(),
        v.caringResponsibilities(), v.caringDetails(), v.aliases());
  }

  @Test
  void a_valid_record_is_normalised() {
    PersonInputReader.Result result = PersonInputReader.read(valid(), TODAY);
    assertThat(result.errors()).isEmpty();
    PersonDetails details = result.details();
    assertThat(details.pnc()).isEqualTo(new PncId("2008/0056560Z"));
    assertThat(details.address()).isEqualTo(new Address("1 High Street", null, "Preston", "PR1 2AB"));
    assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 27));
    assertThat(details.ethnicity()).isEqualTo(Ethnicity.W2);
    assertThat(details.caringResponsibilities()).isFalse();
  }

  @Test
  void every_required_field_is_named_when_missing() {
    PersonInput empty = PersonInput.blank();
    assertThat(PersonInputReader.read(empty, TODAY).errors()).containsExactly(
        new FieldError("firstName", "Enter the first name"),
        new FieldError("lastName", "Enter the last name"),
        new FieldError("dateOfBirth", "Enter the date of birth"),
        new FieldError("gender", "Select the person's gender"));
  }

  @ParameterizedTest(name = "{0}/{1}/{2}: {3}")
  @CsvSource({
      "'', 3, 1990, Date of birth must include a day",
      "27, '', '', Date of birth must include a month and a year",
      "31, 2, 1990, Date of birth must be a real date",
      "x, 2, 1990, Date of birth must be a real date",
      "1, 1, 90, Year must include 4 numbers",
      "23, 11, 2026, Date of birth must be in the past",
      "24, 11, 2016, Date of birth must be at least 10 years ago: the person must be old enough to be convicted",
      "22, 11, 1916, Date of birth must be within the last 110 years",
  })
  void dates_of_birth_follow_the_design_system_messages(String day, String month, String year, String message) {
    assertThat(PersonInputReader.read(withDate(day, month, year), TODAY).errors())
        .containsExactly(new FieldError("dateOfBirth", message));
  }

  @Test
  void the_age_limits_are_inclusive_at_their_edges() {
    assertThat(PersonInputReader.read(withDate("23", "11", "2016"), TODAY).errors()).isEmpty();
    assertThat(PersonInputReader.read(withDate("23", "11", "1916"), TODAY).errors()).isEmpty();
  }

  @Test
  void wrong_identifiers_unknown_codes_and_bad_contact_details_are_each_named() {
    PersonInput v = valid();
    PersonInput bad = new PersonInput(v.firstName(), null, v.lastName(), v.dateOfBirth(), "ROBOT", "2008/0056560A",
        "012345/99A", "1234ABC", "ZZ", "PASTAFARIAN", "MAYBE", "call me", "not-an-email", "1 High Street", null,
        "Preston", "NOT A POSTCODE", "CASTLE", "ASTRONAUT", "perhaps", null, List.of());
    assertThat(PersonInputReader.read(bad, TODAY).errors()).extracting(FieldError::field).containsExactly(
        "gender", "pnc", "cro", "nomis", "ethnicity", "religion", "disability", "phone", "email", "postcode",
        "accommodation", "employment", "caringResponsibilities");
    assertThat(PersonInputReader.read(bad, TODAY).errors())
        .contains(new FieldError("pnc", "PNC ID check character should be Z"));
  }

  @Test
  void caring_responsibilities_need_details() {
    PersonInput v = valid();
    PersonInput caring = new PersonInput(v.firstName(), null, v.lastName(), v.dateOfBirth(), v.gender(), null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, "yes", " ", List.of());
    assertThat(PersonInputReader.read(caring, TODAY).errors())
        .containsExactly(new FieldError("caringDetails", "Describe the caring responsibilities"));
  }

  @Test
  void a_partial_address_names_each_missing_line() {
    PersonInput v = valid();
    PersonInput partial = new PersonInput(v.firstName(), null, v.lastName(), v.dateOfBirth(), v.gender(), null, null,
        null, null, null, null, null, null, null, "Flat 2", null, null, null, null, null, null, List.of());
    assertThat(PersonInputReader.read(partial, TODAY).errors()).extracting(FieldError::field)
        .containsExactly("addressLine1", "town", "postcode");
  }

  @Test
  void names_allow_accents_apostrophes_and_hyphens_but_not_digits() {
    PersonInput v = valid();
    PersonInput digits = new PersonInput("R2D2", null, "Nowak-Smith", v.dateOfBirth(), v.gender(), null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null,
        List.of(new AliasInput("Zoë", ""), new AliasInput(" ", " ")));
    assertThat(PersonInputReader.read(digits, TODAY).errors()).containsExactly(
        new FieldError("firstName", "First name must only include letters, spaces, hyphens, apostrophes and full stops"),
        new FieldError("aliases[0].lastName", "Enter the alias last name"));
  }
}
