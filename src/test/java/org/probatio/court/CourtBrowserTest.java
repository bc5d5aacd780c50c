package org.probatio.court;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/**
 * The court team lists a hearing for a person found by the people search, starts a fast delivery
 * report, records the police answer while children's services' goes late (and reaches the senior
 * practitioner), is told what is missing when completing, and records a community order.
 */
@IntegrationTest
class CourtBrowserTest extends BrowserTestSupport {

  @Autowired People people;
  @Autowired Reports reports;
  @Autowired JdbcClient jdbc;

  String crn;
  String name;

  @BeforeEach
  void aPersonBeforeTheCourt() {
    String surname = "Courtley" + PersonInputs.letters((int) (System.nanoTime() & 0xffff));
    name = "Robin " + surname;
    crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person("Robin", surname, "1988", null), null, false, null))).crn().value();
    new HearingFixtures(context).screened(crn);
  }

  @Test
  void hearing_then_report_with_one_check_answered_and_one_late_then_sentence() {
    Page page = signIn(TestUser.COURT);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Court").setExact(true)).click();
    assertThat(page.locator("h1")).hasText("Court");
    assertAccessible(page);

    link(page, "List a hearing");
    assertAccessible(page);
    page.locator("#q").fill(name);
    button(page, "Search");
    assertThat(page.locator("main")).containsText("1 person found");
    assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("List a hearing for " + name)).click();

    page.locator("#court").fill("Preston Magistrates' Court");
    page.locator("#courtroom").fill("3");
    page.locator("#offenceCode-0").fill("046/00");
    page.locator("#description-0").fill("Theft from a shop");
    page.locator("#offenceCode-2").fill("46");
    page.locator("#description-2").fill("Criminal damage");
    button(page, "List hearing");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select morning or afternoon");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the Home Office offence code as 5 digits");
    assertThat(page.locator("#offenceCode-2-error")).isVisible();
    assertThat(page.locator("#description-2")).hasValue("Criminal damage");
    assertAccessible(page);
    page.locator("input[name=session][value=MORNING]").check();
    page.locator("#offenceCode-2").fill("056/01");
    button(page, "List hearing");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Hearing listed");
    assertThat(page.locator("table")).containsText("056/01");
    assertAccessible(page);
    String hearingUrl = page.url();

    link(page, "Start a pre-sentence report");
    assertAccessible(page);
    page.locator("input[name=type][value=FAST]").check();
    button(page, "Start report");
    assertThat(page.locator(".govuk-notification-banner")).containsText("checks requested");
    assertAccessible(page);
    long report = Long.parseLong(page.url().replaceAll(".*/court/reports/(\\d+).*", "$1"));

    page.locator("#" + CheckKind.POLICE_DOMESTIC_ABUSE.field()).click();
    assertThat(page.locator("h1")).hasText("Police domestic abuse check");
    button(page, "Record answer");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the outcome of the check");
    assertAccessible(page);
    page.locator("input[name=outcome][value=NO_CONCERNS]").check();
    page.locator("#respondedBy").fill("DC Jones, domestic abuse unit");
    button(page, "Record answer");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Police domestic abuse check: answer recorded");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Police domestic abuse check"))).containsText("No concerns");

    jdbc.sql("update court_partner_check set due_at = now() - interval '2 hours' where report_id = ? and kind = ?")
        .params(report, CheckKind.CHILDRENS_SAFEGUARDING.name()).update();
    page.reload();
    assertThat(page.locator(".govuk-warning-text")).containsText("children's services safeguarding check is late");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Children's services safeguarding check")))
        .containsText("Late");
    assertAccessible(page);

    page.locator("#sources").fill("Interview at court; CPS papers");
    TestOrganisation.as(context, TestUser.COURT, () -> reports.saveSections(report,
        new ReportSections(null, "Written by a colleague", null, null, null, null), 0));
    button(page, "Save report");
    assertThat(page.locator(".govuk-error-summary")).containsText("Someone else saved this report after you opened it");
    assertThat(page.locator("#sources")).hasValue("Interview at court; CPS papers");
    assertThat(page.locator(".govuk-inset-text", new Page.LocatorOptions().setHasText("Written by a colleague")))
        .hasText("Saved now: Written by a colleague");
    assertAccessible(page);
    button(page, "Save report");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Report saved");

    link(page, "Complete the report");
    assertThat(page.locator("h1")).hasText("Complete the report?");
    assertAccessible(page);
    page.locator("#deliveredOnDay").check();
    button(page, "Complete report");
    assertThat(page.locator(".govuk-error-summary")).containsText("Write the ‘Proposal’ section");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Record the outcome of the children's services safeguarding check, or why it could not be obtained");
    assertThat(page.locator(".govuk-error-summary")).not().containsText("Sources of information used");
    assertAccessible(page);

    Page senior = signIn(TestUser.SENIOR);
    senior.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Late checks")).click();
    assertThat(senior.locator("tr", new Page.LocatorOptions().setHasText(name)))
        .containsText("Children's services safeguarding check");
    assertAccessible(senior);
    senior.getByText(name).click();
    assertThat(senior.locator("h1")).hasText("Court record");
    assertAccessible(senior);

    page.navigate(hearingUrl);
    link(page, "Record the sentence");
    assertAccessible(page);
    page.locator("input[name=orderType][value=COMMUNITY_ORDER]").check();
    page.locator("#lengthMonths").fill("12");
    button(page, "Record sentence");
    assertThat(page.locator(".govuk-error-summary")).containsText("A community order must have at least one requirement");
    assertAccessible(page);
    page.locator("#requirementType-1").selectOption("UNPAID_WORK");
    page.locator("#amount-1").fill("120");
    button(page, "Record sentence");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Sentence recorded");
    assertThat(page.locator("main")).containsText("Unpaid work: 120 hours");
    assertAccessible(page);

    page.navigate("/court");
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Your late checks"))).containsText(name);
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name)).first()).isVisible();
    assertAccessible(page);
  }
}
