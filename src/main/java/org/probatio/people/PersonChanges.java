package org.probatio.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which fields an edit changed, for the audit trail: names of fields, never their values. */
final class PersonChanges {

  private static final List<Field> FIELDS = List.of(
      new Field("firstName", PersonDetails::firstName),
      new Field("middleNames", PersonDetails::middleNames),
      new Field("lastName", PersonDetails::lastName),
      new Field("dateOfBirth", PersonDetails::dateOfBirth),
      new Field("gender", PersonDetails::gender),
      new Field("pnc", PersonDetails::pnc),
      new Field("cro", PersonDetails::cro),
      new Field("nomis", PersonDetails::nomis),
      new Field("ethnicity", PersonDetails::ethnicity),
      new Field("religion", PersonDetails::religion),
      new Field("disability", PersonDetails::disability),
      new Field("phone", PersonDetails::phone),
      new Field("email", PersonDetails::email),
      new Field("address", PersonDetails::address),
      new Field("accommodation", PersonDetails::accommodation),
      new Field("employment", PersonDetails::employment),
      new Field("caringResponsibilities", PersonDetails::caringResponsibilities),
      new Field("caringDetails", PersonDetails::caringDetails),
      new Field("aliases", PersonDetails::aliases));

  private record Field(String name, Function<PersonDetails, ?> value) {}

  private PersonChanges() {}

  static List<String> between(PersonDetails before, PersonDetails after) {
    List<String> changed = new ArrayList<>();
    for (Field field : FIELDS) {
      if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
        changed.add(field.name());
      }
    }
    return changed;
  }
}
