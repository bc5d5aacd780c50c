package org.probatio.workforce.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Request keys of additions already made, in {@code workforce_create_request}, so a repeated request
 * returns the first record. A key is claimed before the record is made: a twin request running at the
 * same moment waits on the claim until the first commits, then finds its record.
 */
@Repository
public class CreateRequests {

  private final JdbcClient jdbc;

  CreateRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The key of the record made for this request, if it was made. */
  public Optional<String> made(String requestKey) {
    return jdbc.sql("select subject_id from workforce_create_request where request_key = ? and subject_id is not null")
        .param(requestKey).query(String.class).optional();
  }

  /** Claims the key; false if another request claimed it first. */
  public boolean claim(String requestKey, Instant at) {
    return jdbc.sql("insert into workforce_create_request (request_key, created_at) values (?, ?) on conflict do nothing")
        .params(requestKey, Timestamp.from(at)).update() == 1;
  }

  /** Records what the claimed request made. */
  public void made(String requestKey, String subjectId) {
    jdbc.sql("update workforce_create_request set subject_id = ? where request_key = ?").params(subjectId, requestKey)
        .update();
  }
}
