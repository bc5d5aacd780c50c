package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.WorkloadCalculator;
import org.probatio.workload.rules.WorkloadCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workload API and pages for a fixture team: the summary's shape and figures, and who may see whose. */
@IntegrationTest
class WorkloadApiTest {

  static CaseloadFixtures team;

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired WorkloadConfigurations configurations;
  @Autowired UserDetailsService users;

  final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void aTeam() {
    if (team == null) {
      team = new CaseloadFixtures(context);
    }
  }

  MockHttpServletResponse api(TestUser user, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + TestOrganisation.token(user))).andReturn()
        .getResponse();
  }

  String page(TestUser user, String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(user.username))))
        .andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  int officerCasePoints() {
    return WorkloadCalculator.score(configurations.inForceToday().points(),
        new WorkloadCase(team.officerCrn, team.officerCase.tier(), CaseType.COMMUNITY)).points();
  }

  @Test
  void a_practitioners_workload_has_exactly_the_published_fields_with_the_reference_available_points() throws Exception {
    MockHttpServletResponse response = api(TestUser.SENIOR, "/api/v1/staff/" + team.officer + "/workload");

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode body = json.readTree(response.getContentAsString());
    List<String> fields = new ArrayList<>();
    body.propertyNames().forEach(fields::add);
    assertThat(fields).containsExactly("staffCode", "grade", "contractedHours", "reductionHours", "availablePoints",
        "points", "capacityPercent", "cases", "reports", "configurationVersion");
    int points = officerCasePoints();
    assertThat(body.get("staffCode").asString()).isEqualTo(team.officer);
    assertThat(body.get("grade").asString()).isEqualTo("PO");
    assertThat(body.get("contractedHours").decimalValue()).isEqualByComparingTo("37");
    assertThat(body.get("reductionHours").decimalValue()).isEqualByComparingTo("1.8");
    assertThat(body.get("availablePoints").asInt()).isEqualTo(2070);
    assertThat(body.get("points").asInt()).isEqualTo(points).isPositive();
    assertThat(body.get("capacityPercent").decimalValue()).isEqualByComparingTo(
        BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(2070), 1, RoundingMode.HALF_UP));
    assertThat(body.get("configurationVersion").asLong()).isEqualTo(configurations.inForceToday().id());
    assertThat(body.get("cases")).hasSize(1);
    JsonNode held = body.get("cases").get(0);
    List<String> caseFields = new ArrayList<>();
    held.propertyNames().forEach(caseFields::add);
    assertThat(caseFields).containsExactly("crn", "tier", "caseType", "points");
    assertThat(held.get("crn").asString()).isEqualTo(team.officerCrn);
    assertThat(held.get("tier").asString()).isEqualTo(team.officerCase.tier());
    assertThat(held.get("caseType").asString()).isEqualTo("COMMUNITY");
    assertThat(held.get("points").asInt()).isEqualTo(points);
    assertThat(body.get("reports")).isEmpty();
  }

  @Test
  void a_teams_workload_lists_each_case_holding_member_and_not_the_administrator() throws Exception {
    MockHttpServletResponse response = api(TestUser.ALLOCATOR, "/api/v1/teams/" + team.team + "/workload");

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode body = json.readTree(response.getContentAsString());
    List<String> codes = new ArrayList<>();
    body.get("staff").forEach(member -> codes.add(member.get("staffCode").asString()));
    assertThat(codes).containsExactlyInAnyOrder(team.officer, team.pso);
    body.get("staff").forEach(member -> assertThat(member.get("cases")).hasSize(1));
  }

  @Test
  void a_practitioner_reads_their_own_workload_but_a_colleagues_and_unknown_staff_are_not_found() throws Exception {
    assertThat(api(TestUser.PRACTITIONER, "/api/v1/staff/" + TestUser.PRACTITIONER.staffCode + "/workload").getStatus())
        .isEqualTo(200);

    for (MockHttpServletResponse response : List.of(
        api(TestUser.PRACTITIONER, "/api/v1/staff/" + team.officer + "/workload"),
        api(TestUser.SENIOR, "/api/v1/staff/N01X999/workload"),
        api(TestUser.SENIOR, "/api/v1/staff/" + team.admin + "/workload"),
        api(TestUser.SENIOR, "/api/v1/teams/ZZZ999/workload"))) {
      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(json.readTree(response.getContentAsString()).get("detail").asString()).contains("you may see");
    }
  }

  @Test
  void another_providers_manager_does_not_find_the_team_or_its_members() throws Exception {
    String crcTeam = new org.probatio.workforce.StaffFixtures(context).team(
        org.probatio.workforce.StaffFixtures.CRC_UNIT);
    String crcOfficer = new org.probatio.workforce.StaffFixtures(context).member(crcTeam, "37");

    assertThat(api(TestUser.SENIOR, "/api/v1/teams/" + crcTeam + "/workload").getStatus()).isEqualTo(404);
    assertThat(api(TestUser.SENIOR, "/api/v1/staff/" + crcOfficer + "/workload").getStatus()).isEqualTo(404);
    assertThat(api(TestUser.INSPECTOR, "/api/v1/staff/" + crcOfficer + "/workload").getStatus()).as("national")
        .isEqualTo(200);
  }

  @Test
  void a_managers_view_of_a_members_workload_shows_the_case_the_reduction_and_the_configuration_version() throws Exception {
    String html = page(TestUser.SENIOR, "/workload/" + team.officer);

    assertThat(html).contains(team.officerCrn).contains("2070 available points").contains("Fixture reduction")
        .contains("/admin/workload-configuration/versions/" + configurations.inForceToday().id())
        .contains(officerCasePoints() + " points of work");
    assertThat(page(TestUser.ADMIN, "/admin/staff/" + team.officer)).contains("/workload/" + team.officer);
    assertThat(mvc.perform(get("/workload/" + team.officer).with(user(users.loadUserByUsername(
        TestUser.SENIOR.username)))).andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void my_workload_shows_a_practitioners_own_figure_and_tells_someone_without_one_why() throws Exception {
    assertThat(page(TestUser.PRACTITIONER, "/workload")).contains("My workload").contains("available points")
        .doesNotContain("no-workload");
    assertThat(page(TestUser.COURT, "/workload")).contains("no-workload").contains("You have no workload figure");
  }
}
