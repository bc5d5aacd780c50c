package org.probatio.people.internal;

import org.jspecify.annotations.Nullable;

/** Rows in PostgreSQL COPY's text format: tab-separated, backslash escapes, {@code \N} for null. */
final class CopyText {

  private CopyText() {}

  static void row(StringBuilder out, @Nullable Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = values[i];
      if (value == null) {
        out.append("\\N");
      } else if (value instanceof Boolean flag) {
        out.append(flag ? 't' : 'f');
      } else {
        escape(out, value.toString());
      }
    }
    out.append('\n');
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
