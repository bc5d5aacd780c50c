package org.probatio.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/** Identity values taken in advance from a table's own sequence, so a load can give rows their ids before they are written. */
public final class IdentityValues {

  private IdentityValues() {}

  /**
   * The next values of each table's {@code id} identity column, {@code counts[i]} of them for
   * {@code tables[i]}, smallest first, in one round trip. They are taken on a connection of their own
   * (a sequence is not transactional, so this is the same as taking them in the caller's transaction),
   * so that a {@link BackgroundCopy} may hold the transaction's. COPY writes given values into an
   * identity column as they are.
   */
  public static long[][] nextIds(DataSource dataSource, String[] tables, int[] counts) {
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < tables.length; i++) {
      sql.append(i > 0 ? ", " : "").append("array(select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?))");
    }
    try (Connection own = dataSource.getConnection(); PreparedStatement next = own.prepareStatement(sql.toString())) {
      for (int i = 0; i < tables.length; i++) {
        next.setString(2 * i + 1, tables[i]);
        next.setInt(2 * i + 2, counts[i]);
      }
      long[][] ids = new long[tables.length][];
      try (ResultSet rs = next.executeQuery()) {
        rs.next();
        for (int i = 0; i < tables.length; i++) {
          Object[] values = (Object[]) rs.getArray(i + 1).getArray();
          ids[i] = new long[values.length];
          for (int v = 0; v < values.length; v++) {
            ids[i][v] = ((Number) values[v]).longValue();
          }
          Arrays.sort(ids[i]);
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not take ids for " + String.join(", ", tables), e);
    }
  }
}
