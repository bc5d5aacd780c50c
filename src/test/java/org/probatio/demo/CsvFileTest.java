package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.people.Accommodation;

class CsvFileTest {

  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "O'Brien                  | O'Brien",
      "Flat 2, 14 Mill Street   | \"Flat 2, 14 Mill Street\"",
      "the \"Red\" House        | \"the \"\"Red\"\" House\"",
      "``                       | ``"})
  void fields_are_quoted_only_when_they_hold_a_comma_or_a_quote(String value, String written) {
    assertThat(CsvFile.field(value)).isEqualTo(written);
  }

  @Test
  void a_line_end_inside_a_field_is_quoted() {
    assertThat(CsvFile.field("Looks after\r\ntwo children")).isEqualTo("\"Looks after\r\ntwo children\"");
  }

  @Test
  void a_missing_value_is_an_empty_field_and_a_choice_is_written_as_its_code() {
    assertThat(CsvFile.field(null)).isEmpty();
    assertThat(CsvFile.field(Accommodation.APPROVED_PREMISES)).isEqualTo("APPROVED_PREMISES");
  }
}
