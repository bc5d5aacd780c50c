package org.probatio.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers JSON lines on every core and writes the answers in input order. Batches are read and
 * answered while earlier ones are written; a bounded number in flight keeps memory constant whatever
 * the input size.
 */
final class OrderedBatches {

  /** Reads and writes JSON lines: no separator is written between root values. */
  static final JsonMapper JSON_LINES = JsonMapper.builder(JsonFactory.builder()
      .rootValueSeparator((String) null)
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      // Each worker keeps its own buffers: the shared default pool is contended.
      .recyclerPool(JsonRecyclerPools.threadLocalPool())
      .build()).build();

  /** How many lines were read and how many were malformed, and how long it took. */
  record Tally(long lines, long malformed, long nanos) {

    /** As in "Read 5 lines: 2 scored, 3 malformed, in 0.10 s (50 lines/s)". */
    void report(PrintWriter err, String answered) {
      double seconds = nanos / 1e9;
      err.printf("Read %,d lines: %,d %s, %,d malformed, in %.2f s (%,.0f lines/s)%n", lines, lines - malformed, answered,
          malformed, seconds, seconds > 0 ? lines / seconds : 0.0);
      err.flush();
    }

    /** 1 when any line was malformed. */
    int exitCode() {
      return malformed > 0 ? 1 : 0;
    }
  }

  private OrderedBatches() {
  }

  static Tally answer(InputStream in, OutputStream out, LineAnswers<?> answers, String threadName) throws IOException {
    long started = System.nanoTime();
    long lines = 0;
    long malformed = 0;
    JsonLines input = new JsonLines(in);
    // One core is left to this thread's reading and writing and to the JVM's compiler and collector:
    // on 2 cores one worker answered 160-170k score lines/s where two managed 120-150k.
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
    Deque<Future<LineBatch>> inFlight = new ArrayDeque<>();
    Deque<LineBatch> free = new ArrayDeque<>();
    try (OutputStream written = new BufferedOutputStream(out, 1 << 16)) {
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        LineBatch batch = free.isEmpty() ? new LineBatch() : free.pop().clear();
        while (more && !batch.isFull()) {
          more = input.next();
          if (more) {
            batch.add(input);
          }
        }
        if (batch.size() > 0) {
          inFlight.add(workers.submit(() -> batch.answer(answers, JSON_LINES)));
        }
        if (inFlight.size() > 2 * threads || (!more && !inFlight.isEmpty())) {
          LineBatch done = finished(inFlight.remove());
          lines += done.size();
          malformed += done.malformed();
          done.writeTo(written);
          free.push(done);
        }
      }
      written.flush();
    } finally {
      workers.shutdownNow();
    }
    return new Tally(lines, malformed, System.nanoTime() - started);
  }

  private static LineBatch finished(Future<LineBatch> batch) throws IOException {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while answering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("answering a batch failed", e.getCause());
    }
  }
}
