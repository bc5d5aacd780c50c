package org.probatio.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPY on a thread of its own, on the connection of the caller's transaction, so the caller can make
 * the next rows while the database takes the last: a load then takes about as long as the slower of
 * the two, not both together. Copies run one at a time, in the order given; at most a few chunks wait,
 * so memory stays bounded. The caller must not use its transaction's connection until {@link
 * #finish()} has returned (identity values come from {@link IdentityValues#nextIds}, on a connection of their
 * own).
 */
public final class BackgroundCopy implements AutoCloseable {

  private static final int WAITING = 8;

  private final DataSource dataSource;
  private final Connection connection;
  private final CopyManager copy;
  private final ExecutorService copier = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "bulk-copy");
    thread.setDaemon(true);
    return thread;
  });
  private final Semaphore room = new Semaphore(WAITING);
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /**
   * Reads the items in chunks of {@code size} and has {@code write} turn each chunk into rows for the
   * copier, which copies them while the next chunk is read and written; returns when every row is in.
   */
  public static <T> void inChunks(DataSource dataSource, Stream<T> items, int size,
      BiConsumer<List<T>, BackgroundCopy> write) {
    try (BackgroundCopy copy = new BackgroundCopy(dataSource)) {
      List<T> chunk = new ArrayList<>(size);
      Iterator<T> each = items.iterator();
      while (each.hasNext()) {
        chunk.add(each.next());
        if (chunk.size() == size || !each.hasNext()) {
          write.accept(chunk, copy);
          chunk = new ArrayList<>(size);
        }
      }
      copy.finish();
    }
  }

  public BackgroundCopy(DataSource dataSource) {
    this.dataSource = dataSource;
    this.connection = DataSourceUtils.getConnection(dataSource);
    try {
      this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    } catch (SQLException e) {
      DataSourceUtils.releaseConnection(connection, dataSource);
      throw new DataAccessResourceFailureException("The connection cannot COPY", e);
    }
  }

  /** Queues the rows (written by {@link CopyText}) for {@code copy ... from stdin}; the caller must not change them after. */
  public void copy(String copySql, StringBuilder rows) {
    if (rows.isEmpty()) {
      return;
    }
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    room.acquireUninterruptibly();
    copier.execute(() -> {
      try {
        if (failure.get() == null) {
          copy.copyIn(copySql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        }
      } catch (SQLException | IOException | RuntimeException e) {
        failure.compareAndSet(null, new DataAccessResourceFailureException("Could not copy rows: " + copySql, e));
      } finally {
        room.release();
      }
    });
  }

  /** Waits until every queued copy is done; the first that failed fails here, and none after it was tried. */
  public void finish() {
    room.acquireUninterruptibly(WAITING);
    room.release(WAITING);
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
  }

  /** Lets the copy under way end (its transaction is rolled back anyway if the load failed) and gives the connection back. */
  @Override
  public void close() {
    copier.shutdown();
    try {
      copier.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    DataSourceUtils.releaseConnection(connection, dataSource);
  }
}
