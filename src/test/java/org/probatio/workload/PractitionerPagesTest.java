package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.RoshLevel;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages for giving cases to practitioners: the cases waiting, a case with a team's candidates and
 * the grade rules, the allocation form (typed values kept, one allocation for a double click, someone
 * else's allocation meanwhile explained), reallocating, the confirmation and the person's practitioners.
 */
@IntegrationTest
class PractitionerPagesTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Workforce workforce;
  @Autowired Workloads workloads;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  ProviderCaseFixtures fixtures;
  String team;
  StaffMember po;
  StaffMember pso;

  @BeforeEach
  void aTeam() {
    fixtures = new ProviderCaseFixtures(context);
    team = new StaffFixtures(context).team();
    po = workforce.staffMember(fixtures.practitioner(team, Grade.PO)).orElseThrow();
    pso = workforce.staffMember(fixtures.practitioner(team, Grade.PSO)).orElseThrow();
  }

  RequestPostProcessor as(TestUser who) {
    return user(userDetails.loadUserByUsername(who.username));
  }

  String nameOf(String crn) {
    return ((Lookup.Found) TestOrganisation.as(context, TestUser.SENIOR, () -> people.view(crn))).person().details()
        .fullName();
  }

  MockHttpServletRequestBuilder allocating(ProviderCase c, String staffCode, String key) {
    return post("/practitioner-allocations/cases/" + c.id()).with(as(TestUser.SENIOR)).with(csrf())
        .param("staffCode", staffCode).param("justification", "Room for a weekly appointment")
        .param("sensitive", "no").param("requestKey", key).param("team", team);
  }

  @Test
  void the_waiting_list_shows_each_case_with_its_person_tier_sentence_and_history_and_filters_by_tier() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    String name = nameOf(held.crn());

    mvc.perform(get("/practitioner-allocations").with(as(TestUser.ALLOCATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(stringContainsInOrder(name, held.crn(), held.tier(),
            "Community order, ", "Not recorded", "No")));
    String otherLevel = held.tier().startsWith("A") ? "B" : "A";
    mvc.perform(get("/practitioner-allocations").param("tier", otherLevel).with(as(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(held.crn()))));
    mvc.perform(get("/practitioner-allocations").param("tier", held.tier().substring(0, 1))
            .param("order", "COMMUNITY_ORDER").with(as(TestUser.SENIOR)))
        .andExpect(content().string(containsString(held.crn())));
  }

  @Test
  void a_case_shows_its_risk_sentence_and_decision_and_the_teams_practitioners_with_why_a_pso_may_not_hold_it()
      throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    await().atMost(Duration.ofSeconds(15)).until(() -> workloads.figures(List.of(po.code(), pso.code())).size() == 2);

    mvc.perform(get("/practitioner-allocations/cases/" + held.id()).param("team", team).with(as(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(stringContainsInOrder("RoSH", "High (RoSH screening", "Rehabilitation activity: 20 days",
            "How the provider was decided", "Every factor considered")))
        .andExpect(content().string(stringContainsInOrder(po.displayName(), "0.0%", "Eligible",
            pso.displayName(), "Not eligible: RoSH is high")))
        .andExpect(content().string(containsString("Why are you overriding the grade rules?")))
        .andExpect(content().string(containsString("name=\"requestKey\"")));
    mvc.perform(get("/practitioner-allocations/cases/" + held.id()).param("team", team).with(as(TestUser.ALLOCATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(pso.displayName())))
        .andExpect(content().string(not(containsString("Allocate case"))));
  }

  @Test
  void the_teams_offered_are_the_delivery_units_and_choosing_another_unit_shows_the_first_of_its_teams()
      throws Exception {
    jdbc.sql("insert into workforce_delivery_unit (code, name, provider_code) values ('N01U9', 'Lancaster', ?)"
        + " on conflict do nothing").param(TestOrganisation.NPS).update();
    String lancaster = new StaffFixtures(context).team("N01U9");
    StaffMember there = workforce.staffMember(fixtures.practitioner(lancaster, Grade.PO)).orElseThrow();
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    String path = "/practitioner-allocations/cases/" + held.id();

    mvc.perform(get(path).param("team", team).with(as(TestUser.SENIOR)))
        .andExpect(content().string(containsString("<option value=\"N01U9\">Lancaster</option>")))
        .andExpect(content().string(containsString("<option value=\"" + team + "\" selected=\"selected\">")))
        .andExpect(content().string(not(containsString("<option value=\"" + lancaster + "\""))))
        .andExpect(content().string(containsString(po.displayName())));
    mvc.perform(get(path).param("team", team).param("unit", "N01U9").with(as(TestUser.SENIOR)))
        .andExpect(content().string(containsString("<option value=\"" + lancaster + "\" selected=\"selected\">")))
        .andExpect(content().string(not(containsString("<option value=\"" + team + "\""))))
        .andExpect(content().string(containsString(there.displayName())))
        .andExpect(content().string(not(containsString(po.displayName()))));
  }

  @Test
  void a_pso_chosen_without_an_override_is_refused_and_what_was_typed_is_kept() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);

    mvc.perform(post("/practitioner-allocations/cases/" + held.id()).with(as(TestUser.SENIOR)).with(csrf())
            .param("staffCode", pso.code()).param("justification", "Has room this week").param("team", team)
            .param("requestKey", UUID.randomUUID().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select yes if the case is sensitive, or no if it is not")))
        .andExpect(content().string(containsString("Has room this week")));
    mvc.perform(allocating(held, pso.code(), UUID.randomUUID().toString()).param("oversightNote", "Check in a week"))
        .andExpect(status().isOk())
        .andExpect(content().string(stringContainsInOrder("There is a problem", pso.displayName()
            + " is a PSO, who may not hold this case: RoSH is high")))
        .andExpect(content().string(containsString("Check in a week")))
        .andExpect(content().string(containsString("value=\"" + pso.code() + "\" checked")));
    assertThat(allocationsOf(held)).isZero();
  }

  @Test
  void a_double_click_allocates_once_and_the_confirmation_gives_the_practitioner_and_the_record_names_them()
      throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    String key = UUID.randomUUID().toString();

    String first = mvc.perform(allocating(held, po.code(), key).param("copyManager", "yes"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/practitioner-allocations/allocations/*"))
        .andReturn().getResponse().getRedirectedUrl();
    String second = mvc.perform(allocating(held, po.code(), key)).andReturn().getResponse().getRedirectedUrl();

    assertThat(second).isEqualTo(first);
    assertThat(allocationsOf(held)).isEqualTo(1);
    mvc.perform(get(first).with(as(TestUser.SENIOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(nameOf(held.crn()) + " (" + held.crn() + ") is now held by "
            + po.displayName())))
        .andExpect(content().string(containsString(po.displayName() + " is now at")));
    mvc.perform(get("/people/" + held.crn()).with(as(TestUser.PRACTITIONER)))
        .andExpect(content().string(containsString(po.displayName() + " (Probation officer)")));
  }

  @Test
  void someone_elses_allocation_meanwhile_is_explained_in_the_error_summary_and_nothing_is_changed() throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    mvc.perform(allocating(held, po.code(), UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());

    mvc.perform(allocating(held, pso.code(), UUID.randomUUID().toString()).param("gradeOverrideReason", "Speaks Polish"))
        .andExpect(status().isOk())
        .andExpect(content().string(stringContainsInOrder("There is a problem", "While you were choosing, "
            + TestUser.SENIOR.username + " allocated this case to " + po.displayName())));
    assertThat(allocationsOf(held)).isEqualTo(1);
  }

  @Test
  void a_held_case_is_reallocated_from_its_page_with_a_reason_and_the_persons_page_lists_both_practitioners()
      throws Exception {
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    mvc.perform(allocating(held, po.code(), UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
    long current = jdbc.sql("select id from workload_practitioner_allocation where case_id = ? and ended_at is null")
        .param(held.id()).query(Long.class).single();

    mvc.perform(get("/practitioner-allocations/cases/" + held.id()).with(as(TestUser.SENIOR)))
        .andExpect(content().string(containsString("Reallocate this case")));
    mvc.perform(get("/practitioner-allocations/cases/" + held.id() + "/reallocate").param("team", team)
            .with(as(TestUser.SENIOR)))
        .andExpect(content().string(stringContainsInOrder("Why is the case being reallocated?", "Caseload adjustment",
            "Officer left", "Other")))
        .andExpect(content().string(containsString("Holds this case now")));
    mvc.perform(allocating(held, pso.code(), UUID.randomUUID().toString()).param("replacing", String.valueOf(current))
            .param("gradeOverrideReason", "Speaks his first language"))
        .andExpect(content().string(containsString("Choose why the case is being reallocated")));
    String confirmation = mvc.perform(allocating(held, pso.code(), UUID.randomUUID().toString())
            .param("replacing", String.valueOf(current)).param("reallocationReason", "RISK_TO_STAFF")
            .param("gradeOverrideReason", "Speaks his first language"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

    mvc.perform(get(confirmation).with(as(TestUser.SENIOR)))
        .andExpect(content().string(stringContainsInOrder("Case reallocated", "Risk to staff",
            "Grade rules overridden because", "Speaks his first language")));
    mvc.perform(get("/people/" + held.crn() + "/practitioners").with(as(TestUser.INSPECTOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(stringContainsInOrder(pso.displayName(), po.displayName(), "Reallocated to")));
  }

  int allocationsOf(ProviderCase c) {
    return jdbc.sql("select count(*) from workload_practitioner_allocation where case_id = ?").param(c.id())
        .query(Integer.class).single();
  }
}
