package org.probatio.people.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.Address;
import org.probatio.people.AddressPeriod;
import org.probatio.people.Alias;
import org.probatio.people.Person;
import org.probatio.people.PersonDetails;

/** A person record as the API returns it. */
record PersonResource(
    String crn,
    String firstName,
    @Nullable String middleNames,
    String lastName,
    LocalDate dateOfBirth,
    String gender,
    @Nullable String pnc,
    @Nullable String cro,
    @Nullable String nomis,
    @Nullable String ethnicity,
    @Nullable String religion,
    @Nullable String disability,
    @Nullable String phone,
    @Nullable String email,
    @Nullable Address address,
    List<AddressPeriod> addressHistory,
    @Nullable String accommodation,
    @Nullable String employment,
    @Nullable Boolean caringResponsibilities,
    @Nullable String caringDetails,
    List<Alias> aliases,
    String providerCode,
    @Nullable String responsibleOfficerCode,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  static PersonResource of(Person person) {
    PersonDetails d = person.details();
    return new PersonResource(person.crn().value(), d.firstName(), d.middleNames(), d.lastName(), d.dateOfBirth(),
        d.gender().name(), text(d.pnc()), text(d.cro()), text(d.nomis()), name(d.ethnicity()), name(d.religion()),
        name(d.disability()), d.phone(), d.email(), d.address(), person.addressHistory(), name(d.accommodation()),
        name(d.employment()), d.caringResponsibilities(), d.caringDetails(), d.aliases(), person.providerCode(),
        person.responsibleOfficerCode(), person.version(), person.createdAt(), person.createdBy(), person.updatedAt(),
        person.updatedBy());
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }
}
