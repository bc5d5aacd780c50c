package org.probatio.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.ScoringRequest;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads one V1_0 request line with Jackson's streaming parser, straight into a {@link ScoringRequest}:
 * several times faster than data binding, and a wrong value is reported by its field name. Fields
 * Probatio does not use are skipped.
 */
final class ScoringRequestReader {

  private final TokenStreamFactory json;
  private final PropertyNameMatcher names;
  private final SerializedString[] quotedNames;
  /**
   * The position of the field that came after each position last time (index 0: the first field).
   * Lines from one producer keep one order, so the next name is checked byte for byte against the
   * expected one before it is looked up. Threads share this table without locks: a stale guess only
   * costs the look-up.
   */
  private final int[] expectedAfter;
  private final Class<?>[] types;
  private final Class<?>[] elementTypes;
  private final Map<Class<?>, EnumNames> enumNames = new HashMap<>();
  private final Constructor<ScoringRequest> constructor;

  ScoringRequestReader(TokenStreamFactory json) {
    this.json = json;
    RecordComponent[] components = ScoringRequest.class.getRecordComponents();
    names = BinaryNameMatcher.construct(Arrays.stream(components).map(RecordComponent::getName).toList());
    quotedNames = Arrays.stream(components).map(c -> new SerializedString(c.getName())).toArray(SerializedString[]::new);
    expectedAfter = new int[components.length + 1];
    Arrays.setAll(expectedAfter, i -> i % components.length);
    types = new Class<?>[components.length];
    elementTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (types[i] == List.class) {
        elementTypes[i] = (Class<?>) ((ParameterizedType) components[i].getGenericType()).getActualTypeArguments()[0];
      }
      indexEnum(types[i]);
      indexEnum(elementTypes[i]);
    }
    try {
      constructor = ScoringRequest.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record always has its canonical constructor", e);
    }
  }

  /** @throws MalformedLine for a value of the wrong type; Jackson's exception for bad JSON */
  ScoringRequest read(byte[] utf8, int offset, int length) {
    Object[] values = new Object[types.length];
    try (JsonParser parser = json.createParser(ObjectReadContext.empty(), utf8, offset, length)) {
      JsonFields.startObject(parser);
      int previous = -1;
      while (true) {
        int expected = expectedAfter[previous + 1];
        int position;
        if (parser.nextName(quotedNames[expected])) {
          position = expected;
        } else if (parser.currentToken() == JsonToken.END_OBJECT) {
          break;
        } else {
          position = names.matchName(parser.currentName());
          if (position >= 0) {
            expectedAfter[previous + 1] = position;
          }
        }
        JsonToken token = parser.nextToken();
        if (position < 0) {
          parser.skipChildren();
          continue;
        }
        if (token != JsonToken.VALUE_NULL) {
          values[position] = value(parser, token, quotedNames[position].getValue(), types[position], elementTypes[position]);
        }
        previous = position;
      }
      JsonFields.endOfLine(parser);
    }
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot build a scoring request", e);
    }
  }

  private Object value(JsonParser parser, JsonToken token, String name, Class<?> type, @Nullable Class<?> elementType) {
    if (type == Integer.class) {
      return JsonFields.wholeNumber(parser, token, name);
    }
    if (type == Boolean.class) {
      return JsonFields.trueOrFalse(parser, token, name);
    }
    if (type == List.class) {
      if (token != JsonToken.START_ARRAY) {
        throw MalformedLine.expected(name, "a list", parser);
      }
      List<Object> list = new ArrayList<>(2);
      for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
        list.add(value(parser, element, name, elementType, null));
      }
      return List.copyOf(list);
    }
    if (token != JsonToken.VALUE_STRING) {
      throw MalformedLine.expected(name, type == LocalDate.class ? "a date written as YYYY-MM-DD" : "text", parser);
    }
    if (type == String.class) {
      return parser.getString();
    }
    // Dates and enum names are read from the parser's own characters: a String for each would cost
    // more than the scoring.
    char[] chars = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    if (type == LocalDate.class) {
      return date(name, chars, offset, length, parser);
    }
    Object constant = enumNames.get(type).find(chars, offset, length);
    if (constant == null) {
      throw MalformedLine.notOneOf(name, parser.getString(), type);
    }
    return constant;
  }

  /** YYYY-MM-DD read digit by digit. */
  private static LocalDate date(String name, char[] chars, int offset, int length, JsonParser parser) {
    if (length == 10 && chars[offset + 4] == '-' && chars[offset + 7] == '-') {
      int year = digits(chars, offset, offset + 4);
      int month = digits(chars, offset + 5, offset + 7);
      int day = digits(chars, offset + 8, offset + 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // not a real date: reported below
        }
      }
    }
    throw new MalformedLine("field " + name + ": '" + parser.getString() + "' is not a real date written as YYYY-MM-DD");
  }

  private static int digits(char[] chars, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private void indexEnum(@Nullable Class<?> type) {
    if (type != null && type.isEnum()) {
      enumNames.computeIfAbsent(type, EnumNames::new);
    }
  }

  /** An enum's constants by name; a handful each, so a scan by length then characters is quickest. */
  private static final class EnumNames {
    private final Object[] constants;
    private final char[][] names;

    EnumNames(Class<?> type) {
      constants = type.getEnumConstants();
      names = new char[constants.length][];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toCharArray();
      }
    }

    @Nullable Object find(char[] chars, int offset, int length) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].length == length && Arrays.equals(names[i], 0, length, chars, offset, offset + length)) {
          return constants[i];
        }
      }
      return null;
    }
  }
}
