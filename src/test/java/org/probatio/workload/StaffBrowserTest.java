package org.probatio.workload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffRecords;

/**
 * An administrator finds a member of staff through the staff list, adds a trainee officer reduction
 * from its preset (correcting a mistake on the way), sees it on the member's page with the hours it
 * takes off, and removes a mistaken one after confirming; every page passes axe-core.
 */
@IntegrationTest
class StaffBrowserTest extends BrowserTestSupport {

  String team;
  String code;
  String surname;

  @BeforeEach
  void aMemberOfStaff() {
    StaffFixtures fixtures = new StaffFixtures(context);
    team = fixtures.team();
    code = fixtures.member(team, "37");
    surname = context.getBean(StaffRecords.class).find(code).orElseThrow().member().surname();
  }

  @Test
  void an_administrator_adds_a_trainee_officer_reduction_from_its_preset_and_sees_it_on_the_members_page() {
    Page page = signIn(TestUser.ADMIN);
    link(page, "Staff");
    assertThat(page.locator("h1")).hasText("Staff");
    assertAccessible(page);

    page.locator("#name").fill(surname);
    button(page, "Show staff");
    assertThat(page.locator("#results-heading")).hasText("1 member of staff");
    assertAccessible(page);
    link(page, surname + ", Robin");
    assertThat(page.locator("h1")).hasText("Robin " + surname);
    assertThat(page.locator("#current-reductions")).containsText("None");
    assertAccessible(page);

    link(page, "Trainee officer: 80% for 6 months");
    assertThat(page.locator("h1")).hasText("Add a reduction");
    assertThat(page.locator("#category")).isChecked();
    assertThat(page.locator("#amount")).hasValue("80");
    assertAccessible(page);
    page.locator("#startDate-day").fill("5");
    page.locator("#startDate-month").fill("13");
    page.locator("#startDate-year").fill("2026");
    button(page, "Add reduction");
    assertThat(page.locator(".govuk-error-summary")).containsText("Start date must be a real date");
    assertThat(page.locator("#startDate-month")).hasValue("13");
    assertAccessible(page);

    LocalDate start = LocalDate.now().minusMonths(1);
    page.locator("#startDate-day").fill(String.valueOf(start.getDayOfMonth()));
    page.locator("#startDate-month").fill(String.valueOf(start.getMonthValue()));
    page.locator("#startDate-year").fill(String.valueOf(start.getYear()));
    page.locator("#reason").fill("First six months of the PQiP");
    button(page, "Add reduction");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Trainee officer reduction of 80% added");
    assertThat(page.locator("#current-reductions")).containsText("Trainee officer");
    assertThat(page.locator("#current-reductions")).containsText("80%");
    assertThat(page.locator("#current-reductions")).containsText(
        org.probatio.web.Dates.inWords(start.plusMonths(6).minusDays(1)));
    assertThat(page.locator("#current-reductions")).containsText("First six months of the PQiP");
    assertThat(page.locator("#reduction-hours")).hasText("29.6 hours a week");
    assertAccessible(page);

    page.getByText("Remove the Trainee officer reduction").click();
    assertThat(page.locator("h1")).hasText("Remove the trainee officer reduction?");
    assertAccessible(page);
    button(page, "Remove reduction");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Trainee officer reduction of 80% removed");
    assertThat(page.locator("#current-reductions")).containsText("None");
    assertThat(page.locator("#reduction-hours")).hasText("0 hours a week");
    assertAccessible(page);
  }

  @Test
  void the_staff_teams_and_forms_pages_are_accessible_with_and_without_errors() {
    Page page = signIn(TestUser.ADMIN);
    page.navigate("/admin/staff/new?team=" + team);
    assertAccessible(page);
    button(page, "Add member of staff");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the forename");
    assertAccessible(page);
    page.navigate("/admin/staff/" + code + "/edit");
    assertAccessible(page);
    page.navigate("/admin/staff/" + code + "/leave");
    assertAccessible(page);
    page.navigate("/admin/staff/" + code + "/reductions/new");
    button(page, "Add reduction");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the category of reduction");
    assertAccessible(page);
    page.navigate("/admin/teams?provider=N01");
    assertThat(page.locator("h1")).hasText("Teams");
    assertAccessible(page);
    button(page, "Add team");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the delivery unit");
    assertAccessible(page);
    page.navigate("/admin/teams/" + team + "/rename");
    assertAccessible(page);
  }
}
