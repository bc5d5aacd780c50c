package org.probatio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.probatio.security.PathRules;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** When something breaks, users see a styled page or a problem document, never internals. */
@IntegrationTest
@Import(ErrorPagesTest.BrokenEndpoints.class)
class ErrorPagesTest {

  static final String SECRET = "connection string password=hunter2";

  @TestConfiguration
  static class BrokenEndpoints {
    @Bean
    PathRules brokenEndpointRules() {
      return rules -> rules.requestMatchers("/broken-page", "/api/v1/broken").authenticated();
    }

    @Bean
    BrokenPage brokenPage() {
      return new BrokenPage();
    }

    @Bean
    BrokenApi brokenApi() {
      return new BrokenApi();
    }
  }

  @Controller
  static class BrokenPage {
    @GetMapping("/broken-page")
    String broken() {
      throw new IllegalStateException(SECRET);
    }
  }

  @RestController
  static class BrokenApi {
    @GetMapping("/api/v1/broken")
    String broken() {
      throw new IllegalStateException(SECRET);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  @Test
  void a_failing_page_shows_the_styled_error_page_without_the_exception() throws Exception {
    TestOrganisation.ensureLoaded(context);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String signIn = browser.send(HttpRequest.newBuilder(url("/sign-in")).build(), BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
    assertThat(csrf.find()).as("sign-in form carries a CSRF token").isTrue();
    String form = "username=practitioner&password=" + URLEncoder.encode(TestOrganisation.PASSWORD, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url("/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
        BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url("/broken-page")).header("Accept", "text/html").build(),
        BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).contains("Sorry, there is a problem with the service").contains("govuk-template")
        .doesNotContain(SECRET).doesNotContain("IllegalStateException").doesNotContain("at org.");
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  void a_failing_api_call_returns_a_problem_without_the_exception() throws Exception {
    String body = mvc.perform(get("/api/v1/broken").with(user("someone").roles("PRACTITIONER")))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.status").value(500))
        .andReturn().getResponse().getContentAsString();
    assertThat(body).doesNotContain(SECRET).doesNotContain("IllegalStateException");
  }
}
