package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "\"{0}\" searches as \"{1}\"")
  @CsvSource({
      "Seán O'Brien, sean obrien",
      "  JOHN   smith ,john smith",
      "Zoë Nowak-Smith, zoe nowak smith",
      "Ana María D’Souza, ana maria dsouza",
      "J. R. Hartley, j r hartley",
  })
  void search_keys_ignore_case_accents_and_punctuation(String name, String key) {
    assertThat(Names.searchKey(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} {1} matches {2} {3}")
  @CsvSource({
      "Seán, O'Brien, sean, obrien",
      "Mary Ann, McDonald, maryann, Mc Donald",
      "JOHN, SMITH, john, smith",
  })
  void the_duplicate_key_also_ignores_spacing(String first1, String last1, String first2, String last2) {
    assertThat(Names.matchKey(first1, last1)).isEqualTo(Names.matchKey(first2, last2));
  }
}
