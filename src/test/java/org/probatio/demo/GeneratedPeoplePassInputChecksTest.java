package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.probatio.people.Address;
import org.probatio.people.PersonDetails;
import org.probatio.people.PersonInput;
import org.probatio.people.PersonInput.AliasInput;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.people.PersonInputReader;

/** Generated records are ones a user could have typed: they pass the same checks and come out unchanged. */
class GeneratedPeoplePassInputChecksTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @Test
  void every_generated_person_passes_the_checks_on_a_typed_record_unchanged() {
    new RegionGenerator(5_000, 99, AS_OF).people().forEach(person -> {
      PersonInputReader.Result result = PersonInputReader.read(typed(person.details()), AS_OF);

      assertThat(result.errors()).as("errors for person %d", person.index()).isEmpty();
      assertThat(result.details()).isEqualTo(person.details());
    });
  }

  private static PersonInput typed(PersonDetails d) {
    Address a = d.address();
    return new PersonInput(d.firstName(), d.middleNames(), d.lastName(),
        new DateInput(String.valueOf(d.dateOfBirth().getDayOfMonth()), String.valueOf(d.dateOfBirth().getMonthValue()),
            String.valueOf(d.dateOfBirth().getYear())),
        d.gender().name(), text(d.pnc()), text(d.cro()), text(d.nomis()), text(d.ethnicity()), text(d.religion()),
        text(d.disability()), d.phone(), d.email(), a == null ? null : a.line1(), a == null ? null : a.line2(),
        a == null ? null : a.town(), a == null ? null : a.postcode(), text(d.accommodation()), text(d.employment()),
        d.caringResponsibilities() == null ? null : (d.caringResponsibilities() ? "yes" : "no"), d.caringDetails(),
        d.aliases().stream().map(alias -> new AliasInput(alias.firstName(), alias.lastName())).toList());
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value instanceof Enum<?> choice ? choice.name() : value.toString();
  }
}
