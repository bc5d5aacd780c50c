package org.probatio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Pages link the stylesheets and scripts as written, and each link is served: resource URLs are not rewritten. */
@IntegrationTest
class WebResourcesTest {

  static final String GOVUK_STYLES = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css";

  @Autowired MockMvc mvc;

  @Test
  void the_sign_in_page_links_resources_as_written_and_each_is_served() throws Exception {
    String page = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();

    for (String link : new String[] {GOVUK_STYLES, "/css/probatio.css", "/js/probatio.js", "/assets/images/favicon.ico"}) {
      assertThat(page).contains("\"" + link + "\"");
      mvc.perform(get(link)).andExpect(status().isOk());
    }
    mvc.perform(get(GOVUK_STYLES)).andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("text/css")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(".govuk-button")));
  }
}
