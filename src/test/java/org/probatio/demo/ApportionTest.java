package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApportionTest {

  @Test
  void shares_add_up_to_the_total_with_the_largest_remainders_rounded_up() {
    assertThat(Apportion.of(10, new double[] {0.3, 0.35, 0.35}, new int[3])).containsExactly(3, 4, 3);
    assertThat(Apportion.of(60, new double[] {0.35, 0.30, 0.10, 0.08, 0.10, 0.04, 0.02, 0.0001}, new int[8]))
        .containsExactly(21, 18, 6, 5, 6, 3, 1, 0);
  }

  @Test
  void everyone_gets_their_minimum_on_top_even_when_that_makes_more_than_the_total() {
    assertThat(Apportion.of(2, new double[] {0.3, 0.35, 0.35}, new int[] {2, 1, 1})).containsExactly(2, 1, 1);
    assertThat(Apportion.of(5, new double[] {1, 0, 0}, new int[] {0, 1, 0})).containsExactly(5, 1, 0);
  }

  @Test
  void nothing_goes_to_an_entry_without_weight() {
    assertThat(Apportion.of(7, new double[] {0.3, 0, 0}, new int[3])).containsExactly(7, 0, 0);
  }
}
