package org.probatio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.probatio.risk.ScoreJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Arrays;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.RiskScores;
import tools.jackson.core.JacksonException;

/**
 * A run of input lines, copied out of the reader's buffer so that another thread can read and score
 * them while the next batch is read; the results are then written in input order. Batches are reused,
 * because allocating their buffers afresh cost more than the scoring.
 */
final class ScoringBatch {

  static final int LINES = 512;

  private byte[] bytes = new byte[LINES * 1024];
  private int used;
  private final int[] offsets = new int[LINES + 1];
  private final long[] numbers = new long[LINES];
  private int size;
  private final ByteArrayOutputStream written = new ByteArrayOutputStream(LINES * 1024);
  private int malformed;

  /** Empties the batch for the next run of lines, keeping its buffers. */
  ScoringBatch clear() {
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
   * Reads, scores and writes out every line, so that the thread writing the output in input order
   * only copies bytes; a line that is not a request gets an error line instead. Each result is written
   * as soon as it is scored: holding them in this long-lived batch would make every store an
   * old-to-young reference for the garbage collector to track.
   */
  ScoringBatch score(ScoringRequestReader reader, LocalDate assessmentDateIfAbsent, OffenceWeights weights,
      ScoreJson output, JsonMapper mapper) {
    try (JsonGenerator json = mapper.createGenerator(written)) {
      for (int i = 0; i < size; i++) {
        String problem;
        try {
          output.write(json, RiskScores.score(reader.read(bytes, offsets[i], offsets[i + 1] - offsets[i]),
              assessmentDateIfAbsent, weights));
          continue;
        } catch (ScoringRequestReader.MalformedRequest e) {
          problem = e.getMessage();
        } catch (JacksonException e) {
          problem = "not valid JSON: " + e.getOriginalMessage();
        }
        malformed++;
        ScoreJson.writeMalformed(json, numbers[i], String.valueOf(problem));
      }
    }
    return this;
  }

  /** Writes the batch's output lines, in input order. */
  void writeTo(OutputStream out) throws IOException {
    written.writeTo(out);
  }

  int malformed() {
    return malformed;
  }
}
