package org.probatio.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.security.LimitedAccess;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every page, in each of its states, passes axe-core: walked as an administrator, who may see them all. */
@IntegrationTest
class EveryPageAccessibleBrowserTest extends BrowserTestSupport {

  @Autowired People people;
  @Autowired LimitedAccess limitedAccess;
  @Autowired TransactionTemplate transaction;




  @Override
  protected Page signIn(TestUser user) {
    Page page = super.signIn(user);
    assertThat(page.locator("h1")).hasText("My cases");
    return page;
  }

  @Test
  void the_administrators_pages_token_pages_and_error_states_are_accessible() {
    String crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
    transaction.executeWithoutResult(s -> limitedAccess.set(
        new LimitedAccess.AccessLists(crn, "Sam Senior", null, Set.of("practitioner2"), Set.of())));
    Page page = signIn(TestUser.ADMIN);
    assertAccessible(page);

    page.navigate("/people/" + crn);
    assertAccessible(page);
    page.getByText("Who has looked at this record").click();
    assertThat(page.locator("h1")).hasText("Who has looked at this record");
    assertThat(page.locator("table")).containsText("admin");
    assertAccessible(page);

    page.navigate("/admin/people/" + crn + "/access");
    assertThat(page.locator("#excluded")).hasValue("practitioner2");
    assertAccessible(page);
    page.locator("#excluded").fill("no-such-person");
    page.getByText("Save access lists").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("There is no user called no-such-person");
    assertAccessible(page);
    page.navigate("/admin/people/" + crn + "/access/lift");
    assertThat(page.locator("h1")).hasText("Lift limited access from this record?");
    assertAccessible(page);

    page.navigate("/people/new");
    page.getByText("Add person").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the provider that will manage this case");
    assertAccessible(page);

    page.navigate("/people/Z999998");
    assertThat(page.locator("h1")).hasText("Page not found");
    assertAccessible(page);
  }

  @Test
  void a_user_creates_a_token_sees_it_once_and_revokes_it_after_confirming() {
    Page page = signIn(TestUser.COURT);
    page.navigate("/account/api-tokens");
    assertAccessible(page);
    page.getByText("Create token").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the token");
    assertAccessible(page);

    page.locator("#label").fill("Weekly court list");
    page.getByText("Create token").click();
    assertThat(page.locator(".govuk-panel")).containsText("prb_");
    assertAccessible(page);

    page.navigate("/account/api-tokens");
    assertThat(page.locator(".govuk-panel")).hasCount(0);
    page.locator("tr", new Page.LocatorOptions().setHasText("Weekly court list")).getByText("Revoke").click();
    assertThat(page.locator("h1")).containsText("Revoke the token ‘Weekly court list’?");
    assertAccessible(page);
    page.getByText("Revoke token").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The token has been revoked");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Weekly court list"))).containsText("Revoked");
    assertAccessible(page);
  }

  @Test
  void a_senior_practitioner_sees_the_teams_overdue_reviews() {
    Page page = signIn(TestUser.SENIOR);
    page.getByText("My team").click();
    assertThat(page.locator("h1")).hasText("My team: overdue registration reviews");
    assertThat(page.locator("main")).containsText("people in your team");
    assertAccessible(page);
  }

  @Test
  void an_excluded_user_sees_the_limited_access_page() {
    String crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
    transaction.executeWithoutResult(s -> limitedAccess.set(
        new LimitedAccess.AccessLists(crn, "Sam Senior, Preston Team 1", null, Set.of("practitioner2"), Set.of())));
    Page page = signIn(TestUser.SECOND_PRACTITIONER);
    page.navigate("/people/" + crn);
    assertThat(page.locator("h1")).hasText("You cannot see this record");
    assertThat(page.locator("main")).containsText("Sam Senior, Preston Team 1");
    assertAccessible(page);
  }
}
