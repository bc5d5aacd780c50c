package org.probatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.people.PersonInput;
import org.probatio.people.PersonSummary;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class LimitedAccessTest {

  static final String CONTACT = "Sam Senior, Preston Team 1";

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired LimitedAccess limitedAccess;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transaction;

  PersonInput input;
  String crn;

  @BeforeEach
  void aLimitedAccessCase() {
    TestOrganisation.ensureLoaded(context);
    input = PersonInputs.person();
    crn = ((CreateOutcome.Created) as(context, TestUser.PRACTITIONER, () -> people.create(input, null, false, null))).crn().value();
  }

  void limit(Set<String> excluded, Set<String> permitted) {
    transaction.executeWithoutResult(s -> limitedAccess.set(
        new LimitedAccess.AccessLists(crn, CONTACT, "Victim works in the office", excluded, permitted)));
  }

  @Test
  void an_excluded_user_sees_only_that_the_record_exists_and_whom_to_ask() {
    limit(Set.of("practitioner2"), Set.of());

    assertThat(as(context, TestUser.SECOND_PRACTITIONER, () -> people.view(crn))).isEqualTo(new Lookup.Withheld(crn, CONTACT));
    PersonSummary row = as(context, TestUser.SECOND_PRACTITIONER, () -> people.search(input.lastName(), 0, 20))
        .orElseThrow().people().get(0);
    assertThat(row).isEqualTo(new PersonSummary(crn, null, null, null, null, null, CONTACT));
    assertThat(as(context, TestUser.PRACTITIONER, () -> people.view(crn))).isInstanceOf(Lookup.Found.class);
  }

  @Test
  void a_restriction_list_admits_only_the_users_it_names() {
    limit(Set.of(), Set.of("senior"));

    assertThat(as(context, TestUser.SENIOR, () -> people.view(crn))).isInstanceOf(Lookup.Found.class);
    assertThat(as(context, TestUser.PRACTITIONER, () -> people.view(crn))).isInstanceOf(Lookup.Withheld.class);
    assertThat(as(context, TestUser.ADMIN, () -> people.view(crn))).isInstanceOf(Lookup.Withheld.class);
  }

  @Test
  void the_withheld_record_shows_no_details_on_the_page_or_through_the_api() throws Exception {
    limit(Set.of("practitioner2"), Set.of());

    String page = mvc.perform(get("/people/" + crn).with(user(userDetails.loadUserByUsername("practitioner2"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("You cannot see this record").contains(CONTACT)
        .doesNotContain(input.lastName()).doesNotContain(input.pnc());
    String results = mvc.perform(get("/people").param("q", input.lastName())
            .with(user(userDetails.loadUserByUsername("practitioner2"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(results).contains(crn).contains("Limited access").doesNotContain(input.lastName() + "</a>");

    mvc.perform(get("/api/v1/people/" + crn).header("Authorization", "Bearer " + TestOrganisation.token(TestUser.SECOND_PRACTITIONER)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.limitedAccessContact").value(CONTACT))
        .andExpect(jsonPath("$.lastName").doesNotExist());
    String apiSearch = mvc.perform(get("/api/v1/people").param("q", input.lastName())
            .header("Authorization", "Bearer " + TestOrganisation.token(TestUser.SECOND_PRACTITIONER)))
        .andReturn().getResponse().getContentAsString();
    assertThat(apiSearch).contains(crn).doesNotContain(input.pnc()).doesNotContain("Alex");
  }

  @Test
  void lifting_the_limit_shows_the_record_again() {
    limit(Set.of("practitioner2"), Set.of());
    transaction.executeWithoutResult(s -> limitedAccess.lift(crn));
    assertThat(as(context, TestUser.SECOND_PRACTITIONER, () -> people.view(crn))).isInstanceOf(Lookup.Found.class);
  }

  @Test
  void only_real_users_can_be_named() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> limit(Set.of("no-such-user"), Set.of()))
        .hasMessage("No user is called no-such-user");
    assertThat(limitedAccess.lists(crn)).isEmpty();
  }
}
