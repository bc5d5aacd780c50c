package org.probatio.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file as RFC 4180 has it: a header, CRLF line ends, and fields in double quotes when they
 * hold a comma, a quote or a line end. An empty field is a missing value.
 */
final class CsvFile implements Closeable {

  private final Writer out;

  CsvFile(Path path, String... header) throws IOException {
    this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    row((Object[]) header);
  }

  void row(@Nullable Object... values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(values[i]));
    }
    out.write("\r\n");
  }

  static String field(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof Enum<?> choice ? choice.name() : value.toString();
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
