package org.probatio.insights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;

/**
 * A senior practitioner opens the dashboard from the menu, narrows it to one delivery unit, reads a
 * figure's weekly table, follows the figure to the cases behind it and back, and is told what is wrong
 * with a period that is not a real date.
 */
@IntegrationTest
class DashboardBrowserTest extends BrowserTestSupport {

  DashboardCases cases;

  @BeforeEach
  void theProvidersCases() {
    cases = DashboardCases.ensureBuilt(context);
  }

  @Test
  void open_the_dashboard_filter_it_follow_a_figure_to_its_cases_and_mistype_a_date() {
    Page page = signIn(DashboardCases.SENIOR_USER);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
    assertThat(page.locator("h1")).hasText("Court to allocation");
    assertThat(page.locator("main")).containsText("of reports delivered on the day (1 of 2)");
    assertAccessible(page);

    page.locator("#provider").selectOption(new SelectOption().setLabel("Dashboard Test Division"));
    page.locator("#deliveryUnit").selectOption(new SelectOption().setLabel("Lancaster"));
    page.getByText("Show figures").click();
    assertThat(page.locator("main h2").first()).containsText("reports written in the Lancaster delivery unit");
    Locator reports = page.locator("section", new Page.LocatorOptions().setHas(page.locator("#reports-on-the-day")));
    assertThat(reports).containsText("100% of reports delivered on the day (1 of 1)");
    assertThat(page.locator("main")).containsText("67% of checks returned on time (2 of 3)");
    reports.locator(".govuk-details__summary").click();
    assertThat(reports.locator("table")).containsText("1");
    assertAccessible(page);

    reports.getByText("See the 1 report").click();
    assertThat(page.locator("h1")).hasText("Pre-sentence reports delivered on the day");
    assertThat(page.locator("table")).containsText(cases.a);
    assertThat(page.locator("table")).not().containsText(cases.b);
    assertThat(page.getByText("Download this list")).isVisible();
    assertAccessible(page);

    page.getByText("Back to the dashboard").click();
    assertThat(page.locator("#deliveryUnit")).hasValue(DashboardCases.LANCASTER);
    page.locator("#from-day").fill("31");
    page.locator("#from-month").fill("2");
    page.getByText("Show figures").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Start date must be a real date");
    assertThat(page.locator("#from-day")).hasValue("31");
    assertThat(page.locator(".probatio-figure")).hasCount(0);
    assertAccessible(page);
  }
}
