package org.probatio.risk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A practitioner records RoSH, supersedes it with a full analysis, and keeps a warning flag reviewed. */
@IntegrationTest
class RiskBrowserTest extends BrowserTestSupport {

  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String crn;
  String surname;



  @BeforeEach
  void aCaseOfMine() {
    surname = "Riskworth" + PersonInputs.letters((int) (System.nanoTime() & 0xffff));
    crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person("Robin", surname, "1979", null), null, false, null))).crn().value();
    jdbc.sql("update people_person set responsible_officer_code = ? where crn = ?")
        .params(TestUser.PRACTITIONER.staffCode, crn).update();
  }

  void levels(Page page, String prefix, String... values) {
    String[] groups = {"Children", "Public", "KnownAdult", "Staff", "Prisoners"};
    for (int i = 0; i < values.length; i++) {
      page.locator("input[name=" + prefix + groups[i] + "][value=" + values[i] + "]").check();
    }
  }

  @Test
  void a_screening_then_a_full_analysis_that_supersedes_it() {
    Page page = signIn(TestUser.PRACTITIONER);
    page.navigate("/people/" + crn);
    page.getByText("Risk: RoSH and registrations").click();
    assertThat(page.locator(".govuk-warning-text")).containsText("No RoSH screening has been recorded");
    assertAccessible(page);

    page.getByText("Record a RoSH assessment").click();
    page.getByText("Record assessment").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select screening or full analysis");
    assertAccessible(page);
    page.locator("input[name=kind][value=SCREENING]").check();
    page.locator("input[name=stage][value=COURT_REPORT]").check();
    levels(page, "community", "LOW", "MEDIUM", "LOW", "LOW");
    page.getByText("Record assessment").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("RoSH assessment recorded");
    assertThat(page.locator("main")).containsText("Overall Medium");
    assertAccessible(page);

    page.getByText("Record a RoSH assessment").click();
    page.locator("input[name=kind][value=FULL_ANALYSIS]").check();
    page.locator("input[name=stage][value=POST_SENTENCE]").check();
    levels(page, "community", "LOW", "MEDIUM", "HIGH", "LOW");
    levels(page, "custody", "LOW", "LOW", "MEDIUM", "LOW", "LOW");
    page.getByText("Record assessment").click();

    assertThat(page.locator("main")).containsText("Overall High");
    assertThat(page.locator("main")).containsText("from the full RoSH analysis");
    page.getByText("Earlier assessments").click();
    assertThat(page.locator(".govuk-details__text")).containsText("RoSH screening");
    assertAccessible(page);
  }

  @Test
  void a_practitioner_scores_the_person_and_sees_how_the_scores_were_calculated() {
    Page page = signIn(TestUser.PRACTITIONER);
    page.navigate("/people/" + crn + "/risk");
    page.getByText("Calculate scores").click();
    assertAccessible(page);

    date(page, "dateOfCurrentConviction", "1", "6", "2013");
    date(page, "dateAtStartOfFollowupCalculated", "2", "6", "2015");
    page.locator("#currentOffenceCode").fill("02801");
    page.locator("#totalNumberOfSanctionsForAllOffences").fill("many");
    page.locator("#totalNumberOfViolentSanctions").fill("1");
    page.locator("#ageAtFirstSanction").fill("18");
    page.locator("#hasEverCommittedSexualOffence-false").check();
    page.getByText("Calculate scores").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a whole number, like 3");
    assertThat(page.locator("#currentOffenceCode")).hasValue("02801");
    assertAccessible(page);

    page.locator("#totalNumberOfSanctionsForAllOffences").fill("2");
    page.getByText("Calculate scores").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Scores calculated");
    assertThat(page.locator("h1")).hasText("How the scores were calculated");
    assertThat(page.locator("main")).containsText("OASys v3");
    assertThat(page.locator("main")).containsText("Gives the same scores");
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Terms of OGRS3"))).containsText("COPASScore");
    assertThat(page.locator("main")).containsText("totalNumberOfSanctionsForAllOffences");
    assertAccessible(page);

    page.getByText("Back to risk").click();
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Predictor"))).containsText("OGRS3");
    page.getByText("Calculate scores").click();
    // the last answers are filled in
    assertThat(page.locator("#totalNumberOfSanctionsForAllOffences")).hasValue("2");

    date(page, "assessmentDate", "1", "3", "2020");
    page.getByText("Calculate scores").click();
    page.getByText("Back to risk").click();
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Score history"))).containsText("1 March 2020");
    Locator chart = page.locator("img.probatio-chart");
    assertThat(chart).hasAttribute("alt", java.util.regex.Pattern.compile("Line chart of RSR and OGRS3"));
    page.waitForFunction("() => document.querySelector('img.probatio-chart').complete");
    org.assertj.core.api.Assertions.assertThat((Integer) chart.evaluate("img => img.naturalWidth")).isEqualTo(640);
    var svg = page.request().get(chart.getAttribute("src"));
    org.assertj.core.api.Assertions.assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
    org.assertj.core.api.Assertions.assertThat(svg.headers().get("content-security-policy")).startsWith("default-src 'none'");
    org.assertj.core.api.Assertions.assertThat(svg.text()).contains("<svg").contains("RSR (%)");
    assertAccessible(page);
  }

  void date(Page page, String field, String day, String month, String year) {
    page.locator("#" + field + "-day").fill(day);
    page.locator("#" + field + "-month").fill(month);
    page.locator("#" + field + "-year").fill(year);
  }

  @Test
  void needs_are_assessed_and_the_plan_is_written() {
    Page page = signIn(TestUser.PRACTITIONER);
    page.navigate("/people/" + crn + "/risk");
    page.getByText("Assess needs").click();
    page.getByText("Record needs assessment").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Rate accommodation");
    assertAccessible(page);
    for (Need need : Need.values()) {
      page.locator("input[name=" + need.name() + "][value=" + (need == Need.ALCOHOL_MISUSE ? "SEVERE" : "NO_NEED") + "]").check();
    }
    page.getByText("Record needs assessment").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Needs assessment recorded");
    assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Alcohol misuse")))
        .containsText("Severe need");

    page.getByText("Write the plan").click();
    assertAccessible(page);
    page.locator("#plan").fill("Alcohol treatment requirement; weekly appointments; home visit within 10 days.");
    page.getByText("Save plan").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Risk management plan saved");
    assertThat(page.locator("main")).containsText("home visit within 10 days");
    assertAccessible(page);
  }

  @Test
  void a_flag_is_added_shows_as_overdue_at_home_and_is_reviewed() {
    Page page = signIn(TestUser.PRACTITIONER);
    page.navigate("/people/" + crn + "/risk/registrations/new");
    assertAccessible(page);
    page.locator("#type").selectOption("MAPP");
    page.getByText("Add registration").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select MAPPA category 1, 2 or 3");
    assertAccessible(page);

    LocalDate fourMonthsAgo = LocalDate.now().minusMonths(4);
    page.locator("#type").selectOption("ADVP");
    page.locator("#level-MEDIUM").check();
    page.locator("#registeredOn-day").fill(String.valueOf(fourMonthsAgo.getDayOfMonth()));
    page.locator("#registeredOn-month").fill(String.valueOf(fourMonthsAgo.getMonthValue()));
    page.locator("#registeredOn-year").fill(String.valueOf(fourMonthsAgo.getYear()));
    page.getByText("Add registration").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Registration added");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Domestic abuse perpetrator"))).containsText("Overdue");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Domestic abuse perpetrator"))).containsText("medium level");
    assertAccessible(page);

    page.navigate("/");
    assertThat(page.locator(".govuk-warning-text")).containsText("overdue for review");
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Registrations overdue for review")))
        .containsText("Robin " + surname);
    assertAccessible(page);

    page.getByText("Robin " + surname).first().click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review Domestic abuse perpetrator")).click();
    assertAccessible(page);
    page.locator("#notes").fill("Spoke to the police domestic abuse unit: still needed");
    page.getByText("Record review").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Domestic abuse perpetrator registration reviewed");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Domestic abuse perpetrator"))).not().containsText("Overdue");

    page.navigate("/");
    // other tests share this practitioner, so look for this person's row rather than an empty list
    Locator overdueTable = page.locator("main table", new Page.LocatorOptions().setHasText("Registrations overdue for review"));
    if (overdueTable.count() > 0) {
      assertThat(overdueTable).not().containsText("Robin " + surname);
    }
  }
}
