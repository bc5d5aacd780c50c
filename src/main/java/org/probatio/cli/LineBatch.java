package org.probatio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run of input lines, copied out of the reader's buffer so that another thread can answer them
 * while the next batch is read; the answers are then written in input order. Batches are reused,
 * because allocating their buffers afresh cost more than the answering.
 */
final class LineBatch {

  static final int LINES = 512;

  private byte[] bytes = new byte[LINES * 1024];
  private int used;
  private final int[] offsets = new int[LINES + 1];
  private final long[] numbers = new long[LINES];
  private int size;
  private final ByteArrayOutputStream written = new ByteArrayOutputStream(LINES * 1024);
  private int malformed;

  /** Empties the batch for the next run of lines, keeping its buffers. */
  LineBatch clear() {
    used = 0;
    size = 0;
    malformed = 0;
    written.reset();
    return this;
  }

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
   * only copies bytes; a line that is not a request gets an error line instead. Each answer is written
   * as soon as it is made: holding them in this long-lived batch would make every store an
   * old-to-young reference for the garbage collector to track.
   */
  <T> LineBatch answer(LineAnswers<T> lines, JsonMapper mapper) {
    try (JsonGenerator json = mapper.createGenerator(written)) {
      for (int i = 0; i < size; i++) {
        String problem;
        try {
          lines.write(json, lines.answer(bytes, offsets[i], offsets[i + 1] - offsets[i]));
          continue;
        } catch (MalformedLine e) {
          problem = e.getMessage();
        } catch (JacksonException e) {
          problem = "not valid JSON: " + e.getOriginalMessage();
        }
        malformed++;
        writeMalformed(json, numbers[i], String.valueOf(problem));
      }
    }
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

  /** Writes the batch's output lines, in input order. */
  void writeTo(OutputStream out) throws IOException {
    written.writeTo(out);
  }

  int malformed() {
    return malformed;
  }
}
