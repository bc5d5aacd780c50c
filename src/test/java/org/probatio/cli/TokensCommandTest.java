package org.probatio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The {@code tokens} commands, run against the test database as an administrator would run them. */
@IntegrationTest
class TokensCommandTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
    // the command starts its own context: point it at the test database server this JVM already runs
    System.setProperty("probatio.data-dir", "target/test-data");
  }

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void an_administrator_creates_lists_and_revokes_a_users_token() throws Exception {
    CommandRun created = run("tokens", "create", "--user", "court", "--name", "nightly export");
    assertThat(created.exitCode()).isZero();
    String token = created.out().strip();
    assertThat(token).startsWith("prb_");
    assertThat(created.err()).contains("cannot be shown again");
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

    CommandRun listed = run("tokens", "list", "--user", "court");
    String line = listed.out().lines().filter(l -> l.endsWith("nightly export")).findFirst().orElseThrow();
    assertThat(line).contains("active").doesNotContain(token);

    CommandRun revoked = run("tokens", "revoke", "--user", "court", "--id", line.split("\t")[0]);
    assertThat(revoked.exitCode()).isZero();
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
  }

  @Test
  void a_token_for_an_unknown_user_is_refused_with_a_clear_message() {
    CommandRun run = run("tokens", "create", "--user", "nobody-by-this-name");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("No user is called nobody-by-this-name");
  }

  @Test
  void a_missing_option_is_a_usage_error() {
    CommandRun run = run("tokens", "create");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--user=<user>'");
  }
}
