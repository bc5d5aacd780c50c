package org.probatio.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** A table of choices and their weights, laid out as a policy document would; picks one at random. */
final class Weighted<T> {

  record Choice<T>(T value, double weight) {}

  private final List<T> values;
  private final double[] cumulative;

  private Weighted(List<T> values, double[] weights) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("A weighted table needs at least one choice");
    }
    this.values = List.copyOf(values);
    this.cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      cumulative[i] = total;
    }
  }

  static <T> Choice<T> choice(T value, double weight) {
    return new Choice<>(value, weight);
  }

  @SafeVarargs
  static <T> Weighted<T> of(Choice<T>... choices) {
    return new Weighted<>(Arrays.stream(choices).map(Choice::value).toList(),
        Arrays.stream(choices).mapToDouble(Choice::weight).toArray());
  }

  static <T> Weighted<T> of(List<T> values, ToDoubleFunction<T> weight) {
    return new Weighted<>(values, values.stream().mapToDouble(weight).toArray());
  }

  T pick(SplittableRandom random) {
    double point = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, point);
    int index = found >= 0 ? found + 1 : -found - 1;
    return values.get(Math.min(index, values.size() - 1));
  }

  List<T> values() {
    return values;
  }
}
