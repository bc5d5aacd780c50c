package org.probatio.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.ScoringRequest;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one V1_0 request line with Jackson's streaming parser, straight into a {@link ScoringRequest}:
 * several times faster than data binding, and a wrong value is reported by its field name. Fields
 * Probatio does not use are skipped.
 */
final class ScoringRequestReader {

  private final JsonMapper json;
  private final Map<String, Integer> positions = new HashMap<>();
  private final Class<?>[] types;
  private final Class<?>[] elementTypes;
  private final Map<Class<?>, Map<String, Object>> enumValues = new HashMap<>();
  private final Constructor<ScoringRequest> constructor;

  ScoringRequestReader(JsonMapper json) {
    this.json = json;
    RecordComponent[] components = ScoringRequest.class.getRecordComponents();
    types = new Class<?>[components.length];
    elementTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      positions.put(components[i].getName(), i);
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
    try (JsonParser parser = json.createParser(utf8, offset, length)) {
      JsonFields.startObject(parser);
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        JsonToken token = parser.nextToken();
        Integer position = positions.get(name);
        if (position == null) {
          parser.skipChildren();
        } else if (token != JsonToken.VALUE_NULL) {
          values[position] = value(parser, token, name, types[position], elementTypes[position]);
        }
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
    String text = parser.getString();
    if (type == String.class) {
      return text;
    }
    if (type == LocalDate.class) {
      return date(name, text);
    }
    Object constant = enumValues.get(type).get(text);
    if (constant == null) {
      throw MalformedLine.notOneOf(name, text, type);
    }
    return constant;
  }

  /** YYYY-MM-DD read digit by digit: {@code LocalDate.parse} would cost more than scoring. */
  private static LocalDate date(String name, String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // not a real date: reported below
        }
      }
    }
    throw new MalformedLine("field " + name + ": '" + text + "' is not a real date written as YYYY-MM-DD");
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private void indexEnum(@Nullable Class<?> type) {
    if (type != null && type.isEnum()) {
      Map<String, Object> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), constant);
      }
      enumValues.put(type, byName);
    }
  }
}
