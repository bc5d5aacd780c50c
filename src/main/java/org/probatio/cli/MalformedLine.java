package org.probatio.cli;

import java.util.Arrays;
import tools.jackson.core.JsonParser;

/** A line that is not a request, with the reason in words naming the field. */
final class MalformedLine extends RuntimeException {

  MalformedLine(String message) {
    super(message, null, false, false);
  }

  /** As in "field ogrs: expected a whole number, not "high"". */
  static MalformedLine expected(String field, String expected, JsonParser parser) {
    return new MalformedLine("field " + field + ": expected " + expected + ", not " + parser.getString());
  }

  /** As in "field gender: 'UNKNOWN' is not one of [MALE, FEMALE]". */
  static MalformedLine notOneOf(String field, String text, Class<?> enumType) {
    return new MalformedLine(
        "field " + field + ": '" + text + "' is not one of " + Arrays.toString(enumType.getEnumConstants()));
  }
}
