package org.probatio.cli;

import java.io.ByteArrayOutputStream;
import org.probatio.risk.ScoreJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.RiskScores;
import tools.jackson.core.JacksonException;

/**
 * A run of input lines, copied out of the reader's buffer so that another thread can read and score
 * them while the next batch is read; the results are then written in input order.
 */
final class ScoringBatch {

  static final int LINES = 512;

  private byte[] bytes = new byte[LINES * 1024];
  private int used;
  private final int[] offsets = new int[LINES + 1];
  private final long[] numbers = new long[LINES];
  private final @Nullable RiskScores[] scores = new RiskScores[LINES];
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
   * Reads, scores and writes out every line, so that the thread writing the output in input order
   * only copies bytes; a line that is not a request gets an error line instead.
   */
  ScoringBatch score(ScoringRequestReader reader, LocalDate assessmentDateIfAbsent, OffenceWeights weights,
      ScoreJson output, JsonMapper mapper) {
    for (int i = 0; i < size; i++) {
      try {
        scores[i] = RiskScores.score(reader.read(bytes, offsets[i], offsets[i + 1] - offsets[i]), assessmentDateIfAbsent,
            weights);
      } catch (ScoringRequestReader.MalformedRequest e) {
        problems[i] = e.getMessage();
      } catch (JacksonException e) {
        problems[i] = "not valid JSON: " + e.getOriginalMessage();
      }
    }
    ByteArrayOutputStream lines = new ByteArrayOutputStream(size * 1024);
    try (JsonGenerator json = mapper.createGenerator(lines)) {
      for (int i = 0; i < size; i++) {
        if (scores[i] != null) {
          output.write(json, scores[i]);
        } else {
          malformed++;
          ScoreJson.writeMalformed(json, numbers[i], String.valueOf(problems[i]));
        }
      }
    }
    written = lines.toByteArray();
    return this;
  }

  /** The batch's output lines, in input order. */
  byte[] written() {
    return written;
  }

  int malformed() {
    return malformed;
  }

  long number(int line) {
    return numbers[line];
  }

  @Nullable RiskScores scores(int line) {
    return scores[line];
  }

  @Nullable String problem(int line) {
    return problems[line];
  }
}
