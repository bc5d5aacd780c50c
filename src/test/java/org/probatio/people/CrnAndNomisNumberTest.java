package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrnAndNomisNumberTest {

  @ParameterizedTest(name = "sequence {0} is CRN {1}")
  @CsvSource({"1, A000001", "999999, A999999", "1000000, B000000", "25999999, Z999999"})
  void crns_are_a_letter_and_six_digits_from_the_sequence(long sequence, String crn) {
    assertThat(Crn.fromSequence(sequence).value()).isEqualTo(crn);
  }

  @Test
  void the_sequence_cannot_run_past_z() {
    assertThatThrownBy(() -> Crn.fromSequence(26_000_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Crn.fromSequence(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_crn_is_read_in_any_case() {
    assertThat(Crn.parse(" x123456 ")).isEqualTo(Parsed.valid(new Crn("X123456")));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "X12345", "X1234567", "1234567", "XX12345"})
  void malformed_crns_are_refused(String typed) {
    assertThat(Crn.parse(typed)).isInstanceOf(Parsed.Invalid.class);
  }

  @Test
  void a_nomis_number_is_a_letter_four_digits_and_two_letters() {
    assertThat(NomisNumber.parse("a1234bc")).isEqualTo(Parsed.valid(new NomisNumber("A1234BC")));
    assertThat(NomisNumber.parse("A123BC")).isInstanceOf(Parsed.Invalid.class);
    assertThat(NomisNumber.parse("A12345C")).isInstanceOf(Parsed.Invalid.class);
    assertThat(NomisNumber.parse("11234BC")).isInstanceOf(Parsed.Invalid.class);
  }
}
