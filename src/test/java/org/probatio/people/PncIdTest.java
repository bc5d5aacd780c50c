package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PncIdTest {

  @Test
  void the_worked_example_2008_56560_has_check_letter_Z() {
    assertThat(PncId.checkLetter(2008, 56560)).isEqualTo('Z');
    assertThat(PncId.parse("2008/0056560Z")).isEqualTo(Parsed.valid(new PncId("2008/0056560Z")));
  }

  @ParameterizedTest(name = "{0} is read as {1}")
  @CsvSource({
      "2008/56560Z, 2008/0056560Z",
      "08/56560Z, 2008/0056560Z",
      "08/0056560Z, 2008/0056560Z",
      "2008/0056560z, 2008/0056560Z",
      "' 2008/0056560Z ', 2008/0056560Z",
      "20080056560Z, 2008/0056560Z",
      "080056560Z, 2008/0056560Z",
      "79/123456Z, 1979/0123456Z",
  })
  void short_forms_are_normalised_to_the_canonical_form(String typed, String canonical) {
    char letter = PncId.checkLetter(Integer.parseInt(canonical.substring(0, 4)), Integer.parseInt(canonical.substring(5, 12)));
    String withRightLetter = typed.strip().substring(0, typed.strip().length() - 1) + letter;
    String expected = canonical.substring(0, 12) + letter;
    assertThat(PncId.parse(withRightLetter)).isEqualTo(Parsed.valid(new PncId(expected)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2008/0056560A", "2008/0056560Y", "08/56560B"})
  void a_wrong_check_letter_names_the_right_one(String typed) {
    assertThat(PncId.parse(typed)).isEqualTo(Parsed.invalid("PNC ID check character should be Z"));
  }

  @Test
  void every_check_letter_other_than_the_right_one_is_refused() {
    for (char c = 'A'; c <= 'Z'; c++) {
      Parsed<PncId> parsed = PncId.parse("2008/0056560" + c);
      assertThat(parsed instanceof Parsed.Valid).as("letter %s", c).isEqualTo(c == 'Z');
    }
  }

  @Test
  void a_missing_check_letter_is_refused() {
    assertThat(PncId.parse("2008/56560")).isEqualTo(Parsed.invalid("PNC ID needs its check character at the end"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "abc", "2008/", "2008/12345678Z", "123/4567Z", "2008-0056560Z", "200800565601Z"})
  void malformed_text_gets_the_format_hint(String typed) {
    assertThat(PncId.parse(typed)).isEqualTo(Parsed.invalid(PncId.FORMAT_HINT));
  }
}
