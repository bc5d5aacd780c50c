package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.people.FieldError;

/**
 * Information must reach the receiving provider before the person's first appointment there (HMIP:
 * information arrived after the first appointment). The flag compares the appointment with the day of
 * delivery in London time.
 */
class HandoverFirstAppointmentTest {

  static Handover delivered(String at, LocalDate firstAppointment) {
    return new Handover(1, "X123456", 2, DecisionKind.ALLOCATION, "N01", "C01", Instant.parse(at),
        HandoverPackages.complete(), List.of(), Instant.parse(at), null, firstAppointment == null ? null
            : new Handover.FirstAppointment(firstAppointment, "crc-practitioner", Instant.parse(at)), 0);
  }

  @ParameterizedTest(name = "delivered at {0} (UTC), first appointment on {1}: flagged {2}")
  @CsvSource({
      // British Summer Time: 23:30 UTC is already the next day in London
      "2026-06-03T23:30:00Z, 2026-06-03, true",
      "2026-06-03T23:30:00Z, 2026-06-04, false",
      "2026-06-03T22:59:59Z, 2026-06-03, false",
      "2026-06-03T22:59:59Z, 2026-06-02, true",
      // Greenwich Mean Time: 23:30 UTC is still the same day
      "2026-01-15T23:30:00Z, 2026-01-15, false",
      "2026-01-15T23:30:00Z, 2026-01-14, true",
      "2026-01-15T09:00:00Z, 2026-01-20, false"})
  void a_first_appointment_before_the_london_day_of_delivery_is_flagged(String deliveredAt, LocalDate firstAppointment,
      boolean flagged) {
    assertThat(delivered(deliveredAt, firstAppointment).firstAppointmentBeforeDelivery()).isEqualTo(flagged);
  }

  @Test
  void no_first_appointment_yet_is_not_flagged() {
    Handover handover = delivered("2026-06-03T08:30:00Z", null);

    assertThat(handover.firstAppointmentBeforeDelivery()).isFalse();
    assertThat(handover.firstAppointmentOn()).isNull();
    assertThat(handover.deliveredOn()).isEqualTo(LocalDate.of(2026, 6, 3));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2026-06-02 | The first appointment cannot be before the sentence on 3 June 2026",
      "2026-06-03 | ",
      "2027-06-03 | ",
      "2027-06-04 | The first appointment must be within a year from today"})
  void the_date_may_be_from_the_sentence_to_a_year_ahead(LocalDate on, String problem) {
    List<FieldError> problems = delivered("2026-06-03T08:30:00Z", null).firstAppointmentProblems(on,
        HandoverPackages.AS_OF);

    assertThat(problems).extracting(FieldError::message).containsExactlyElementsOf(problem == null ? List.of()
        : List.of(problem));
  }

  @Test
  void a_date_must_be_given() {
    assertThat(delivered("2026-06-03T08:30:00Z", null).firstAppointmentProblems(null, HandoverPackages.AS_OF))
        .containsExactly(new FieldError("date", "Enter the date of the first appointment"));
  }
}
