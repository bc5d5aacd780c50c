package org.probatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokensTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  @Test
  void a_token_works_until_it_is_revoked_and_only_its_hash_is_stored() throws Exception {
    ApiTokens.IssuedToken issued = tokens.create("senior", "weekly report");
    assertThat(issued.token()).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
    assertThat(jdbc.sql("select count(*) from security_api_token where token_hash = ?").param(issued.token())
        .query(Long.class).single()).isZero();

    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
    assertThat(tokens.revoke("practitioner", issued.id())).as("someone else's token").isFalse();
    assertThat(tokens.revoke("senior", issued.id())).isTrue();
    mvc.perform(get("/api/v1/people?q=smith").header("Authorization", "Bearer " + issued.token()))
        .andExpect(status().isUnauthorized());
  }
}
