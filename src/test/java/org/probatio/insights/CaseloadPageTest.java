package org.probatio.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workload.CaseloadFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The caseload picture for a fixture team: its figures on the page, each table as CSV, the override cases and the charts. */
@IntegrationTest
class CaseloadPageTest {

  static CaseloadFixtures team;

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @BeforeEach
  void aTeam() {
    if (team == null) {
      team = new CaseloadFixtures(context);
    }
  }

  MockHttpServletResponse get(TestUser who, String path) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .with(user(users.loadUserByUsername(who.username)))).andReturn().getResponse();
  }

  String filter() {
    return "?provider=N01&team=" + team.team;
  }

  @Test
  void the_page_counts_the_teams_two_practitioners_and_the_pso_holding_a_case_on_an_override() throws Exception {
    MockHttpServletResponse page = get(TestUser.SENIOR, "/insights/caseload" + filter());

    assertThat(page.getStatus()).isEqualTo(200);
    String html = page.getContentAsString();
    assertThat(html).contains("id=\"practitioners\">2<").contains("id=\"overrides\">1<")
        .contains("/insights/caseload/overrides?provider=N01&amp;team=" + team.team)
        .contains("/insights/caseload/caseload-sizes.svg?provider=N01&amp;team=" + team.team)
        .contains("/insights/caseload/trend.csv?provider=N01&amp;team=" + team.team);
  }

  @Test
  void teams_are_listed_once_a_delivery_unit_is_chosen_or_for_the_team_asked_for() throws Exception {
    String option = "<option value=\"" + team.team + "\"";

    assertThat(get(TestUser.SENIOR, "/insights/caseload").getContentAsString()).doesNotContain(option)
        .contains("id=\"team-hint\"");
    assertThat(get(TestUser.SENIOR, "/insights/caseload?deliveryUnit=N01U1").getContentAsString()).contains(option)
        .doesNotContain("id=\"team-hint\"");
    assertThat(get(TestUser.SENIOR, "/insights/caseload" + filter()).getContentAsString())
        .contains(option + " selected=\"selected\"");
  }

  @Test
  void each_table_downloads_as_csv_with_the_teams_figures() throws Exception {
    MockHttpServletResponse grades = get(TestUser.SENIOR, "/insights/caseload/grade-mix.csv" + filter());
    assertThat(grades.getStatus()).isEqualTo(200);
    assertThat(grades.getContentType()).startsWith("text/csv");
    assertThat(grades.getHeader("Content-Disposition")).contains("caseload-grade-mix-" + team.team + ".csv");
    assertThat(grades.getContentAsString()).isEqualTo("Grade,Staff,Per cent of staff\r\n"
        + "Probation officer (PO),1,33.3%\r\n" + "PQiP learner,0,0.0%\r\n"
        + "Probation services officer (PSO),1,33.3%\r\n" + "Administrator,1,33.3%\r\n");

    String sizes = get(TestUser.SENIOR, "/insights/caseload/caseload-sizes.csv" + filter()).getContentAsString();
    assertThat(sizes).startsWith("Cases held,Practitioners,Per cent of practitioners\r\n0 to 10 cases,2,100.0%\r\n")
        .contains("Over 50 cases,0,0.0%\r\n");
    assertThat(get(TestUser.SENIOR, "/insights/caseload/capacity.csv" + filter()).getContentAsString())
        .contains("Under 50%,2,100.0%\r\n");
    String trend = get(TestUser.SENIOR, "/insights/caseload/trend.csv" + filter()).getContentAsString();
    assertThat(trend.split("\r\n")).hasSize(13);
    assertThat(trend).contains(org.probatio.web.Dates.inWords(java.time.LocalDate.now()) + ",2,");

    String overrides = get(TestUser.SENIOR, "/insights/caseload/overrides.csv" + filter()).getContentAsString();
    assertThat(overrides).startsWith("CRN,Staff code,Team,Reason for the override,Allocated on\r\n")
        .contains(team.psoCrn + "," + team.pso + "," + team.team + ",Known to her from a previous order; she has the "
            + "history with the family," + org.probatio.web.Dates.inWords(java.time.LocalDate.now(org.probatio.web.Dates.LONDON)))
        .doesNotContain(team.officerCrn);
    assertThat(get(TestUser.SENIOR, "/insights/caseload/nothing.csv" + filter()).getStatus()).isEqualTo(404);
  }

  @Test
  void the_override_cases_are_listed_and_each_chart_is_drawn() throws Exception {
    String list = get(TestUser.ALLOCATOR, "/insights/caseload/overrides" + filter()).getContentAsString();
    assertThat(list).contains(team.psoCrn).contains("/workload/" + team.pso).doesNotContain(team.officerCrn);

    for (String chart : java.util.List.of("caseload-sizes", "capacity", "grade-mix", "trend")) {
      MockHttpServletResponse svg = get(TestUser.INSPECTOR, "/insights/caseload/" + chart + ".svg" + filter());
      assertThat(svg.getStatus()).as(chart).isEqualTo(200);
      assertThat(svg.getContentType()).isEqualTo("image/svg+xml");
      assertThat(svg.getContentAsString()).contains("<svg");
    }
  }

  @Test
  void a_team_of_another_provider_is_refused_with_a_message_by_the_field() throws Exception {
    String crcTeam = new org.probatio.workforce.StaffFixtures(context).team(org.probatio.workforce.StaffFixtures.CRC_UNIT);

    String html = get(TestUser.SENIOR, "/insights/caseload?team=" + crcTeam).getContentAsString();

    assertThat(html).contains("Select a team from the list").doesNotContain("id=\"practitioners\"");
    assertThat(get(TestUser.SENIOR, "/insights/caseload/grade-mix.csv?team=" + crcTeam).getStatus()).isEqualTo(400);
  }
}
