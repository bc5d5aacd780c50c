package org.probatio.cli;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;

/** Reading a request line's fields from Jackson's streaming parser, naming the field when a value is wrong. */
final class JsonFields {

  private JsonFields() {
  }

  /** Moves onto the object that must make up the line. */
  static void startObject(JsonParser parser) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedLine("a request must be a JSON object");
    }
  }

  /** Checks that the object just read ends the line. */
  static void endOfLine(JsonParser parser) {
    if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw new MalformedLine("more than one JSON value on the line");
    }
  }

  static int wholeNumber(JsonParser parser, JsonToken token, String field) {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw MalformedLine.expected(field, "a whole number", parser);
    }
    try {
      return parser.getIntValue();
    } catch (InputCoercionException e) {
      throw MalformedLine.expected(field, "a whole number", parser);
    }
  }

  static boolean trueOrFalse(JsonParser parser, JsonToken token, String field) {
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw MalformedLine.expected(field, "true or false", parser);
    }
    return token == JsonToken.VALUE_TRUE;
  }
}
