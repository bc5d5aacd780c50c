package org.probatio.cli;

import org.probatio.risk.ScoreJson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.OffenceMappingCsv;
import org.probatio.risk.scoring.OffenceWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Score OASys v3 risk predictors (OGRS3, OVP, OGP, OSP/DC, OSP/IIC, SNSV, RSR) in bulk, without a database.",
        "Reads one JSON request a line on standard input (the V1_0 field names) and writes one JSON result a line,",
        "in the same order. A line that cannot be read gives {\"line\":N,\"error\":...}; the exit code is then 1."})
class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--offences", paramLabel = "FILE",
      description = "An offence-code mapping CSV (default: the bundled mapping by Home Office offence class).")
  @Nullable Path offences;

  InputStream in = System.in;
  OutputStream out = System.out;

  @Override
  public Integer call() throws IOException {
    OffenceWeights weights = mapping();
    JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
        .rootValueSeparator((String) null)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        // Each scoring thread keeps its own buffers: the shared default pool is contended.
        .recyclerPool(JsonRecyclerPools.threadLocalPool())
        .build()).build();
    ScoringRequestReader reader = new ScoringRequestReader(mapper.tokenStreamFactory());
    // Requests without an assessment date are scored as of today, and the date is written out.
    LocalDate today = LocalDate.now();
    long started = System.nanoTime();
    long lines = 0;
    long malformed = 0;
    JsonLines input = new JsonLines(in);
    ScoreJson output = new ScoreJson(weights.version());
    // Batches are read and scored on every core while earlier ones are written, in input order;
    // a bounded number in flight keeps memory constant whatever the input size.
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService scorers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "scorer");
      thread.setDaemon(true);
      return thread;
    });
    Deque<Future<ScoringBatch>> inFlight = new ArrayDeque<>();
    Deque<ScoringBatch> free = new ArrayDeque<>();
    try (OutputStream written = new BufferedOutputStream(out, 1 << 16)) {
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        ScoringBatch batch = free.isEmpty() ? new ScoringBatch() : free.pop().clear();
        while (more && !batch.isFull()) {
          more = input.next();
          if (more) {
            batch.add(input);
          }
        }
        if (batch.size() > 0) {
          inFlight.add(scorers.submit(() -> batch.score(reader, today, weights, output, mapper)));
        }
        if (inFlight.size() > 2 * threads || (!more && !inFlight.isEmpty())) {
          ScoringBatch done = finished(inFlight.remove());
          lines += done.size();
          malformed += done.malformed();
          done.writeTo(written);
          free.push(done);
        }
      }
      written.flush();
    } finally {
      scorers.shutdownNow();
    }
    report(lines, malformed, System.nanoTime() - started);
    return malformed > 0 ? 1 : 0;
  }

  private static ScoringBatch finished(Future<ScoringBatch> batch) throws IOException {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scoring failed", e.getCause());
    }
  }

  private OffenceWeights mapping() {
    if (offences == null) {
      return OffenceMappingCsv.bundled();
    }
    try {
      return OffenceMappingCsv.read(offences);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--offences " + offences + ": " + e.getMessage(), e);
    }
  }

  private void report(long lines, long malformed, long nanos) {
    PrintWriter err = spec.commandLine().getErr();
    double seconds = nanos / 1e9;
    err.printf("Read %,d lines: %,d scored, %,d malformed, in %.2f s (%,.0f lines/s)%n", lines, lines - malformed, malformed,
        seconds, seconds > 0 ? lines / seconds : 0.0);
    err.flush();
  }
}
