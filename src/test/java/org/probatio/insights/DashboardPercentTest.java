package org.probatio.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardPercentTest {

  @ParameterizedTest(name = "{0} of {1} is {2}%")
  @CsvSource({
      "25, 30, 83",
      "1, 2, 50",
      "1, 8, 13",
      "3, 8, 38",
      "2, 3, 67",
      "30, 30, 100",
      "299, 300, 99",
      "0, 30, 0",
      "1, 300, 1",
      "1, 1000, 1",
      "0, 0, "})
  void a_percentage_is_rounded_but_only_all_is_100_and_only_none_is_0(long count, long of, Integer percent) {
    assertThat(Figure.percent(count, of)).isEqualTo(percent);
  }
}
