package org.probatio.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;

/** An administrator reads a year's bank holidays, adds a one-off one, and withdraws it after confirming. */
@IntegrationTest
class BankHolidaysBrowserTest extends BrowserTestSupport {

  @Test
  void an_administrator_adds_a_bank_holiday_and_withdraws_it() {
    Page page = signIn(TestUser.ADMIN);
    page.getByText("Bank holidays").first().click();
    assertThat(page.locator("h1")).hasText("Bank holidays in " + LocalDate.now().getYear());
    assertAccessible(page);

    page.locator("#year").fill("2022");
    page.getByText("Show year").click();
    assertThat(page.locator("h1")).hasText("Bank holidays in 2022");
    assertThat(page.locator("table").first()).containsText("Monday 19 September 2022");
    assertThat(page.locator("table").first()).containsText("Bank Holiday for the State Funeral of Queen Elizabeth II");
    assertThat(page.locator("table").first()).containsText("Substitute day: 25 December 2022 was a Sunday");
    assertAccessible(page);

    page.locator("#year").fill("1066");
    page.getByText("Show year").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a year from 2000 to 2099");
    assertAccessible(page);

    page.navigate("/admin/bank-holidays?year=2095");
    page.getByText("Make change").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select whether to add or remove a bank holiday");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the change");
    assertAccessible(page);

    page.locator("#kind").check();
    page.locator("#date-day").fill("7");
    page.locator("#date-month").fill("6");
    page.locator("#date-year").fill("2095");
    page.locator("#reason").fill("Proclamation of 1 March 2095");
    page.getByText("Make change").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the bank holiday");
    assertThat(page.locator("#reason")).hasValue("Proclamation of 1 March 2095");
    assertThat(page.locator("#date-day")).hasValue("7");
    assertAccessible(page);

    page.locator("#name").fill("Browser test holiday");
    page.getByText("Make change").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Browser test holiday added on 7 June 2095");
    assertThat(page.locator("table").first()).containsText("Tuesday 7 June 2095");
    assertThat(page.locator("table").last()).containsText("Proclamation of 1 March 2095");
    assertAccessible(page);

    page.getByText("Withdraw").click();
    assertThat(page.locator("h1")).hasText("Withdraw the change for 7 June 2095?");
    assertAccessible(page);
    page.getByText("Withdraw change").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Change for 7 June 2095 withdrawn");
    assertThat(page.locator("table").first()).not().containsText("Browser test holiday");
    assertThat(page.locator("main")).containsText("No administrator has changed this year’s bank holidays.");
    assertAccessible(page);
  }
}
