package org.probatio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.policy.Provider;
import org.probatio.risk.RoshLevel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The allocation pages: the gate, deciding by the policy or overriding it, the explain view and the review. */
@IntegrationTest
class AllocationPagesTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Tiers tiers;

  AllocationFixtures fixtures;
  String crn;

  @BeforeEach
  void aSentencedPerson() {
    fixtures = new AllocationFixtures(context);
    crn = fixtures.person();
  }

  MockHttpServletRequestBuilder as(TestUser who, MockHttpServletRequestBuilder request) {
    return request.with(user(userDetails.loadUserByUsername(who.username))).with(csrf());
  }

  MockHttpServletRequestBuilder allocate(TestUser who, AllocationCase c, String choice, String key) {
    return as(who, post("/allocations/" + c.id())).param("choice", choice).param("version", String.valueOf(c.version()))
        .param("requestKey", key);
  }

  String decisionPage(String location) throws Exception {
    return mvc.perform(as(TestUser.ALLOCATOR, get(location))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void an_overdue_case_is_listed_and_its_page_says_why_it_is_blocked_and_links_to_the_screening() throws Exception {
    AllocationCase c = fixtures.sentenced(crn, LocalDate.now().minusDays(10));

    mvc.perform(as(TestUser.ALLOCATOR, get("/allocations")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/allocations/" + c.id() + "\"")))
        .andExpect(content().string(containsString("href=\"/people/" + crn + "\"")))
        .andExpect(content().string(containsString("Overdue")));
    mvc.perform(as(TestUser.SENIOR, get("/allocations/" + c.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The case cannot be allocated yet")))
        .andExpect(content().string(containsString("There is no RoSH screening for this person")))
        .andExpect(content().string(containsString("href=\"/people/" + crn + "/risk/rosh/new\"")))
        .andExpect(content().string(not(containsString("Allocate case"))));
    mvc.perform(as(TestUser.ALLOCATOR, get("/allocations/" + c.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("See their RoSH screenings")))
        .andExpect(content().string(not(containsString("/risk/rosh/new"))));
  }

  @Test
  void deciding_by_the_policy_shows_the_explain_view_with_every_factor_the_rule_and_the_tier() throws Exception {
    fixtures.screened(crn, RoshLevel.HIGH);
    AllocationCase c = fixtures.sentenced(crn);
    mvc.perform(as(TestUser.ALLOCATOR, get("/allocations/" + c.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("meets the NPS criterion")))
        .andExpect(content().string(containsString("Every factor considered")))
        .andExpect(content().string(containsString("name=\"requestKey\"")));
    String key = UUID.randomUUID().toString();

    String location = mvc.perform(allocate(TestUser.ALLOCATOR, c, "POLICY", key))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/allocations/decisions/*"))
        .andExpect(flash().attribute("notice", "Case allocated to the National Probation Service (N01)"))
        .andReturn().getResponse().getRedirectedUrl();

    String page = decisionPage(location);
    assertThat(page).contains("allocator allocated this case to the National Probation Service (N01) under policy TR-2014, "
        + "0 working days after sentence (on time).");
    assertThat(page).contains("RoSH high on the RoSH screening of").contains("meets the NPS criterion");
    assertThat(page).contains("Every factor considered").contains("Receiving provider").contains("RoSH high or very high");
    assertThat(page).contains("Protect level").contains("Change level").contains("tier model <span>V2</span>");
    assertThat(page).contains("Running policy <span>TR-2014</span> again on the recorded facts gives the same decision.");
    mvc.perform(allocate(TestUser.ALLOCATOR, c, "POLICY", key))
        .andExpect(redirectedUrl(location));
    mvc.perform(allocate(TestUser.ALLOCATOR, c, "POLICY", UUID.randomUUID().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("This case was allocated to N01 by allocator")))
        .andExpect(content().string(containsString("This case has been allocated.")));
  }

  @Test
  void an_override_without_a_reason_is_refused_naming_the_field_and_keeping_what_was_typed() throws Exception {
    fixtures.screened(crn, RoshLevel.LOW);
    AllocationCase c = fixtures.sentenced(crn);

    String page = mvc.perform(allocate(TestUser.ALLOCATOR, c, "OVERRIDE", UUID.randomUUID().toString())
            .param("overrideProvider", "NPS").param("overrideReason", " "))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("href=\"#overrideReason\"").contains("Enter the reason for overriding the policy")
        .containsPattern("value=\"NPS\"[^>]*checked").containsPattern("value=\"OVERRIDE\"[^>]*checked")
        .contains("probatio-reveal__content");
    mvc.perform(allocate(TestUser.ALLOCATOR, c, "OVERRIDE", UUID.randomUUID().toString())
            .param("overrideReason", "Known to the NPS team"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#overrideProvider\"")))
        .andExpect(content().string(containsString(">Known to the NPS team</textarea>")));
    mvc.perform(as(TestUser.ALLOCATOR, post("/allocations/" + c.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#choice\"")));
  }

  @Test
  void an_override_waits_for_a_senior_practitioner_who_approves_it_and_then_the_case_is_allocated() throws Exception {
    fixtures.screened(crn, RoshLevel.LOW);
    AllocationCase c = fixtures.sentenced(crn);

    String location = mvc.perform(allocate(TestUser.ALLOCATOR, c, "OVERRIDE", UUID.randomUUID().toString())
            .param("overrideProvider", "NPS").param("overrideReason", "Known to the NPS team from a previous order"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("Override sent for approval")))
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(decisionPage(location)).contains("Waiting for a senior practitioner’s approval")
        .contains("overrode policy TR-2014, which gives this case to the Community Rehabilitation Company")
        .doesNotContain("Do you approve the override?");
    mvc.perform(as(TestUser.SENIOR, get("/allocations/approvals")))
        .andExpect(content().string(containsString("href=\"" + location + "\"")));
    mvc.perform(as(TestUser.SENIOR, get(location)))
        .andExpect(content().string(containsString("Do you approve the override?")));

    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).param("outcome", "TURN_DOWN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#note\"")))
        .andExpect(content().string(containsString("Enter why you are turning down the override")));
    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).param("outcome", "APPROVE").param("note", "Agreed"))
        .andExpect(redirectedUrl(location))
        .andExpect(flash().attribute("notice", "Override approved: the case is allocated to the National Probation Service (N01)"));

    assertThat(decisionPage(location)).contains("Approved by senior on").contains("Agreed");
    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).param("outcome", "APPROVE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This override has already been approved by senior.")));
  }

  @Test
  void nobody_approves_their_own_override() throws Exception {
    fixtures.screened(crn, RoshLevel.LOW);
    AllocationDecision mine = fixtures.overridden(fixtures.sentenced(crn), TestUser.SENIOR, Provider.NPS);
    String location = "/allocations/decisions/" + mine.id();

    mvc.perform(as(TestUser.SENIOR, get(location)))
        .andExpect(content().string(containsString("You made this override, so another senior practitioner must review it")))
        .andExpect(content().string(not(containsString("Do you approve the override?"))));
    mvc.perform(as(TestUser.SENIOR, post(location + "/review")).param("outcome", "APPROVE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#outcome\"")))
        .andExpect(content().string(containsString("You made this override: another senior practitioner must review it")));
  }

  @Test
  void a_persons_page_lists_their_decisions_and_explains_their_tier() throws Exception {
    fixtures.screened(crn, RoshLevel.HIGH);
    AllocationDecision decision = fixtures.allocated(fixtures.sentenced(crn));
    String tier = tiers.recalculate(crn).orElseThrow().tier().code();

    mvc.perform(as(TestUser.INSPECTOR, get("/people/" + crn + "/allocations")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/allocations/decisions/" + decision.id() + "\"")))
        .andExpect(content().string(containsString("Allocation after sentence")))
        .andExpect(content().string(containsString("How tier " + tier + " was calculated")));
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/people/" + crn + "/allocations"))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.CRC_PRACTITIONER, get("/allocations/decisions/" + decision.id()))).andExpect(status().isNotFound());
    mvc.perform(as(TestUser.PRACTITIONER, get("/people/" + crn)))
        .andExpect(content().string(containsString("href=\"/people/" + crn + "/allocations\"")));
  }
}
