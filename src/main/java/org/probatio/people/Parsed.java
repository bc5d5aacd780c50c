package org.probatio.people;

import java.util.function.Function;

/** The result of reading an identifier typed by a person: the value, or why it is wrong. */
public sealed interface Parsed<T> {

  record Valid<T>(T value) implements Parsed<T> {}

  record Invalid<T>(String message) implements Parsed<T> {}

  static <T> Parsed<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> Parsed<T> invalid(String message) {
    return new Invalid<>(message);
  }

  default <R> Parsed<R> map(Function<T, R> mapper) {
    return this instanceof Valid<T> valid ? new Valid<>(mapper.apply(valid.value())) : new Invalid<>(((Invalid<T>) this).message());
  }
}
