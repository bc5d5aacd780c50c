package org.probatio.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIntegrationTest {

  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void oneRow() {
    transaction.executeWithoutResult(s -> audit.record(AuditAction.VIEW, "person", "Z999999", Map.of("outcome", "shown")));
  }

  @Test
  void the_database_refuses_to_change_an_audit_row() {
    assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'someone-else'").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause().hasMessageContaining("audit_event is append-only: UPDATE is not allowed");
  }

  @Test
  void the_database_refuses_to_delete_or_truncate_audit_rows() {
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
        .rootCause().hasMessageContaining("audit_event is append-only: DELETE is not allowed");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
        .rootCause().hasMessageContaining("audit_event is append-only: TRUNCATE is not allowed");
    assertThat(audit.history("person", "Z999999", 10)).isNotEmpty();
  }

  @Test
  void an_audit_row_cannot_be_written_outside_a_transaction_so_it_always_lands_with_its_change() {
    assertThatThrownBy(() -> audit.record(AuditAction.VIEW, "person", "Z999999", Map.of()))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
  }
}
