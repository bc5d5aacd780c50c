package org.probatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void organisation() {
    TestOrganisation.ensureLoaded(context);
  }

  @Test
  void a_user_signs_in_with_the_right_password_and_the_session_is_kept_in_the_database() throws Exception {
    long before = jdbc.sql("select count(*) from security_session").query(Long.class).single();
    mvc.perform(formLogin("/sign-in").user("senior").password(TestOrganisation.PASSWORD))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/"));
    assertThat(jdbc.sql("select count(*) from security_session").query(Long.class).single()).isGreaterThan(before);
  }

  @Test
  void a_wrong_password_is_refused_without_saying_which_part_was_wrong() throws Exception {
    mvc.perform(formLogin("/sign-in").user("senior").password("wrong"))
        .andExpect(redirectedUrl("/sign-in?error"));
    mvc.perform(formLogin("/sign-in").user("no-such-user").password("wrong"))
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void five_failures_lock_the_account_even_against_the_right_password() throws Exception {
    users.createOrReset("lockme", "Lock Me", null, EnumSet.of(Role.PRACTITIONER), TestOrganisation.PASSWORD);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/sign-in").user("lockme").password("guess" + i)).andExpect(redirectedUrl("/sign-in?error"));
    }
    mvc.perform(formLogin("/sign-in").user("lockme").password(TestOrganisation.PASSWORD))
        .andExpect(redirectedUrl("/sign-in?locked"));
  }

  @Test
  void four_failures_then_success_start_the_count_again() throws Exception {
    users.createOrReset("nearly", "Nearly Locked", null, EnumSet.of(Role.PRACTITIONER), TestOrganisation.PASSWORD);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4; i++) {
        mvc.perform(formLogin("/sign-in").user("nearly").password("guess")).andExpect(redirectedUrl("/sign-in?error"));
      }
      mvc.perform(formLogin("/sign-in").user("nearly").password(TestOrganisation.PASSWORD)).andExpect(redirectedUrl("/"));
    }
  }

  @Test
  void signing_out_ends_the_session() throws Exception {
    Cookie session = signIn("practitioner");
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signedOut"));
    mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void a_form_post_without_the_csrf_token_is_refused() throws Exception {
    Cookie session = signIn("practitioner");
    mvc.perform(get("/people/new").cookie(session)).andExpect(status().isOk());
    mvc.perform(post("/people").cookie(session).param("firstName", "Forged")).andExpect(status().isForbidden());
  }

  /** Sessions live in the database and travel as the SESSION cookie. */
  Cookie signIn(String username) throws Exception {
    Cookie cookie = mvc.perform(formLogin("/sign-in").user(username).password(TestOrganisation.PASSWORD))
        .andReturn().getResponse().getCookie("SESSION");
    assertThat(cookie).as("session cookie").isNotNull();
    return cookie;
  }

  @Test
  void the_sign_in_page_confirms_signing_out_only_after_signing_out() throws Exception {
    assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString())
        .doesNotContain("You have signed out");
    // a bare ?signedOut reaches the controller as an empty value from Tomcat, but as null from MockMvc
    assertThat(mvc.perform(get("/sign-in").param("signedOut", "")).andReturn().getResponse().getContentAsString())
        .contains("You have signed out");
  }

  @Test
  void pages_carry_security_headers() throws Exception {
    mvc.perform(get("/sign-in"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }
}
