package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CroNumberTest {

  @Test
  void the_check_letter_is_year_then_six_digit_serial_mod_23() {
    // 99012345 mod 23 = 13, and letter 13 of ZABCDEFGHJKLMNPQRTUVWXY is N
    assertThat(99_012_345 % 23).isEqualTo(13);
    assertThat(CroNumber.checkLetter(99, 12345)).isEqualTo('N');
  }

  @Test
  void the_standard_form_is_read_and_padded() {
    assertThat(CroNumber.parse("12345/99N")).isEqualTo(Parsed.valid(new CroNumber("012345/99N")));
    assertThat(CroNumber.parse("012345/99n")).isEqualTo(Parsed.valid(new CroNumber("012345/99N")));
  }

  @Test
  void the_scanned_fingerprint_form_uses_the_same_check() {
    assertThat(CroNumber.parse("SF99/12345N")).isEqualTo(Parsed.valid(new CroNumber("SF99/012345N")));
    assertThat(CroNumber.parse("sf99/012345N")).isEqualTo(Parsed.valid(new CroNumber("SF99/012345N")));
  }

  @Test
  void a_wrong_check_letter_names_the_right_one() {
    assertThat(CroNumber.parse("012345/99A")).isEqualTo(Parsed.invalid("CRO number check character should be N"));
    assertThat(CroNumber.parse("SF99/012345B")).isEqualTo(Parsed.invalid("CRO number check character should be N"));
  }

  @Test
  void a_missing_check_letter_is_refused() {
    assertThat(CroNumber.parse("012345/99")).isEqualTo(Parsed.invalid("CRO number needs its check character at the end"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "1234567/99N", "012345/9N", "SF9/012345N", "XF99/012345N", "012345-99N"})
  void malformed_text_gets_the_format_hint(String typed) {
    assertThat(CroNumber.parse(typed)).isEqualTo(Parsed.invalid(CroNumber.FORMAT_HINT));
  }
}
