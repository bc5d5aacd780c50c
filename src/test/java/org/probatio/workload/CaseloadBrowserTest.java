package org.probatio.workload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.security.Role;
import org.probatio.security.Users;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.workforce.StaffFixtures;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;

/**
 * A probation officer opens My workload and sees their case, reduction and capacity; a senior
 * practitioner opens the caseload picture for the team, reads a chart's table, and follows the PSO
 * override count to the case and on to the PSO's workload. Every page passes axe-core.
 */
@IntegrationTest
class CaseloadBrowserTest extends BrowserTestSupport {

  static CaseloadFixtures team;
  static String officerUser;

  @BeforeEach
  void aTeam() {
    if (team == null) {
      team = new CaseloadFixtures(context);
      officerUser = "officer-" + team.officer.toLowerCase();
      context.getBean(Users.class).createOrReset(officerUser, "Robin Officer", team.officer,
          EnumSet.of(Role.PRACTITIONER), TestOrganisation.PASSWORD);
    }
  }

  @Test
  void a_probation_officer_sees_their_case_reduction_and_capacity_on_my_workload() {
    Page page = signIn(officerUser);
    link(page, "My workload");

    assertThat(page.locator("h1")).hasText("My workload");
    assertThat(page.locator("#capacity-in-words")).containsText("against 2070 available points");
    assertThat(page.locator("#cases")).containsText(team.officerCrn);
    assertThat(page.locator("#cases")).containsText("Community");
    assertThat(page.locator("#reductions")).containsText("Fixture reduction");
    assertThat(page.locator("#reductions")).containsText("1.8");
    assertThat(page.locator("#available-rule")).containsText("nominal target 2176");
    assertThat(page.locator("#configuration")).containsText("of the workload configuration");
    assertAccessible(page);
  }

  @Test
  void a_senior_practitioner_reads_the_teams_caseload_picture_and_follows_the_override_to_the_pso() {
    Page page = signIn(TestUser.SENIOR);
    link(page, "Caseload picture");
    assertThat(page.locator("h1")).hasText("Caseload picture");
    assertAccessible(page);

    assertThat(page.locator("#team-hint")).containsText("Choose a delivery unit");
    page.locator("#deliveryUnit").selectOption(StaffFixtures.NPS_UNIT);
    button(page, "Show figures");
    page.locator("#team").selectOption(team.team);
    button(page, "Show figures");
    assertThat(page.locator("#practitioners")).hasText("2");
    assertThat(page.locator("#over-fifty")).hasText("0.0%");
    assertThat(page.locator("#overrides")).hasText("1");
    page.getByText("Table of figures for grade mix").click();
    assertThat(page.locator("#grade-mix-table")).containsText("Administrator");
    assertAccessible(page);

    link(page, "See the cases held on a grade override");
    assertThat(page.locator("h1")).hasText("Cases held on a grade override");
    assertThat(page.locator("#override-cases")).containsText(team.psoCrn);
    assertAccessible(page);

    link(page, team.pso);
    assertThat(page.locator("#cases")).containsText(team.psoCrn);
    assertAccessible(page);
  }
}
