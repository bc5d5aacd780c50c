package org.probatio.bulk;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL COPY's text format: tab-separated, backslash escapes, {@code \N} for null. A
 * list of strings is written as a text array. Dates and instants are written as ISO 8601, which
 * PostgreSQL reads as they are.
 */
public final class CopyText {

  private CopyText() {}

  public static void row(StringBuilder out, @Nullable Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = values[i];
      if (value == null) {
        out.append("\\N");
      } else if (value instanceof Boolean flag) {
        out.append(flag ? 't' : 'f');
      } else if (value instanceof java.util.List<?> list) {
        escape(out, arrayLiteral(list));
      } else {
        escape(out, value.toString());
      }
    }
    out.append('\n');
  }

  /** {"first","second"}: each element quoted, with its quotes and backslashes escaped. */
  private static String arrayLiteral(java.util.List<?> elements) {
    StringBuilder array = new StringBuilder("{");
    for (int i = 0; i < elements.size(); i++) {
      array.append(i > 0 ? ",\"" : "\"")
          .append(String.valueOf(elements.get(i)).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    return array.append('}').toString();
  }

  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
