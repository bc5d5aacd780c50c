package org.probatio.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPY into a table on the connection of the caller's transaction, and identity values taken in
 * advance from a table's own sequence, so a load can give rows their ids and refer to them before
 * they are written.
 */
public final class TableCopy {

  private TableCopy() {}

  /**
   * Runs {@code copy ... from stdin} with the rows (written by {@link CopyText}) and empties them.
   * Nothing is sent when there are no rows.
   */
  public static void copy(DataSource dataSource, String copySql, StringBuilder rows) {
    if (rows.isEmpty()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn(copySql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
      rows.setLength(0);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not copy rows: " + copySql, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * The next {@code count} values of the table's {@code id} identity column, smallest first. COPY
   * writes given values into an identity column as they are.
   */
  public static long[] nextIds(JdbcClient jdbc, String table, int count) {
    if (count == 0) {
      return new long[0];
    }
    long[] ids = jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
        .params(table, count)
        .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(ids);
    return ids;
  }
}
