package org.probatio.cli;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run of input lines, copied out of the reader's buffer so that another thread can answer them
 * while the next batch is read; the answers are then written in input order.
 */
final class LineBatch {

  static final int LINES = 512;

  private byte[] bytes = new byte[LINES * 1024];
  private int used;
  private final int[] offsets = new int[LINES + 1];
  private final long[] numbers = new long[LINES];
  private final @Nullable Object[] answers = new Object[LINES];
  private final @Nullable String[] problems = new String[LINES];
  private int size;
  private byte[] written = new byte[0];
  private int malformed;

  boolean isFull() {
    return size == LINES;
  }

  int size() {
    return size;
  }

  void add(JsonLines line) {
    int length = line.length();
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
    }
    System.arraycopy(line.buffer(), line.offset(), bytes, used, length);
    numbers[size] = line.number();
    offsets[size] = used;
    used += length;
    offsets[++size] = used;
  }

  /**
   * Reads, answers and writes out every line, so that the thread writing the output in input order
   * only copies bytes; a line that is not a request gets an error line instead.
   */
  <T> LineBatch answer(LineAnswers<T> lines, JsonMapper mapper) {
    for (int i = 0; i < size; i++) {
      try {
        answers[i] = lines.answer(bytes, offsets[i], offsets[i + 1] - offsets[i]);
      } catch (MalformedLine e) {
        problems[i] = e.getMessage();
      } catch (JacksonException e) {
        problems[i] = "not valid JSON: " + e.getOriginalMessage();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size * 256);
    try (JsonGenerator json = mapper.createGenerator(out)) {
      for (int i = 0; i < size; i++) {
        @SuppressWarnings("unchecked")
        T answer = (T) answers[i];
        if (answer != null) {
          lines.write(json, answer);
        } else {
          malformed++;
          writeMalformed(json, numbers[i], String.valueOf(problems[i]));
        }
      }
    }
    written = out.toByteArray();
    return this;
  }

  /** Names the line and why it could not be read. */
  private static void writeMalformed(JsonGenerator json, long line, String problem) {
    json.writeStartObject();
    json.writeNumberProperty("line", line);
    json.writeStringProperty("error", problem.lines().findFirst().orElse(""));
    json.writeEndObject();
    json.writeRaw('\n');
  }

  /** The batch's output lines, in input order. */
  byte[] written() {
    return written;
  }

  int malformed() {
    return malformed;
  }
}
