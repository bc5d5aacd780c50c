package org.probatio.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

  @ParameterizedTest(name = "\"{0}\" is a {1} search for {2}")
  @CsvSource({
      "x123456, CRN, X123456",
      "2008/56560Z, PNC, 2008/0056560Z",
      "08/0056560z, PNC, 2008/0056560Z",
      "A1234BC, NOMIS, A1234BC",
      "12345/99N, CRO, 012345/99N",
      "1990-03-27, DATE_OF_BIRTH, 1990-03-27",
      "27/3/1990, DATE_OF_BIRTH, 1990-03-27",
      "27 March 1990, DATE_OF_BIRTH, 1990-03-27",
      "Smi, NAME, smi",
      "o'brien, NAME, obrien",
  })
  void the_query_is_read_as_what_it_looks_like(String typed, SearchQuery.Kind kind, String value) {
    assertThat(SearchQuery.of(typed)).isEqualTo(new SearchQuery(kind, value));
  }

  @Test
  void blank_or_punctuation_only_queries_are_not_searches() {
    assertThat(SearchQuery.of("   ")).isNull();
    assertThat(SearchQuery.of("'--'")).isNull();
  }
}
