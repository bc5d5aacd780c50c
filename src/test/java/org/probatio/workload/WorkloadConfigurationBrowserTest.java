package org.probatio.workload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.support.TestOrganisation;

/**
 * An administrator makes a new version of the workload configuration from the first of next month,
 * changing one figure, checks the change, saves it, sees it listed as future, and withdraws it again.
 */
@IntegrationTest
class WorkloadConfigurationBrowserTest extends BrowserTestSupport {

  static final String NOTE = "Browser test: B3 custody cases take longer";

  @AfterEach
  void withdrawIfLeft() {
    WorkloadConfigurations configurations = context.getBean(WorkloadConfigurations.class);
    configurations.history().stream()
        .filter(version -> version.status() == VersionStatus.FUTURE && version.note().equals(NOTE))
        .forEach(version -> TestOrganisation.as(context, TestUser.ADMIN, () -> configurations.withdraw(version.id())));
  }

  @Test
  void an_administrator_makes_a_version_from_next_month_changing_one_figure_and_sees_it_listed_as_future() {
    LocalDate from = LocalDate.now().plusMonths(1).withDayOfMonth(1);
    String fromInWords = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(from);

    Page page = signIn(TestUser.ADMIN);
    link(page, "Workload configuration");
    assertThat(page.locator("h1")).hasText("Workload configuration");
    assertThat(page.locator("main")).containsText("In force today: version");
    assertAccessible(page);

    link(page, "Make a new version");
    assertThat(page.locator("h1")).hasText("Make a new version");
    assertThat(page.locator("#points-B3-CUSTODY")).hasValue("59");
    assertThat(page.getByLabel("Points for B3, custody")).hasValue("59");
    assertAccessible(page);

    page.locator("#points-B3-CUSTODY").fill("sixty");
    button(page, "Continue");
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("Enter the date the new version takes effect");
    assertThat(summary).containsText("Points for B3 custody must be a whole number, like 59");
    assertThat(page.locator("#points-B3-CUSTODY")).hasValue("sixty");
    assertAccessible(page);

    page.locator("#points-B3-CUSTODY").fill("60");
    page.locator("#effectiveFrom-day").fill(String.valueOf(from.getDayOfMonth()));
    page.locator("#effectiveFrom-month").fill(String.valueOf(from.getMonthValue()));
    page.locator("#effectiveFrom-year").fill(String.valueOf(from.getYear()));
    page.locator("#note").fill(NOTE);
    button(page, "Continue");
    assertThat(page.locator("h1")).hasText("Check the new version before saving it");
    Locator changes = page.locator("#changes");
    assertThat(changes.locator("caption")).hasText("What changes: 1 value");
    assertThat(changes.locator("tbody tr")).hasCount(1);
    assertThat(changes.locator("tbody tr")).containsText("Points for B3 custody");
    assertThat(changes.locator("tbody td").first()).hasText("59");
    assertThat(changes.locator("tbody td").last()).hasText("60");
    assertThat(page.locator("main")).containsText(fromInWords);
    assertAccessible(page);

    button(page, "Save new version");
    assertThat(page.locator(".govuk-notification-banner")).containsText("takes effect on " + fromInWords);
    Locator listed = page.locator("#versions tbody tr", new Page.LocatorOptions().setHasText(NOTE));
    assertThat(listed).hasCount(1);
    assertThat(listed).containsText(fromInWords);
    assertThat(listed.locator(".govuk-tag")).hasText("Future");
    assertThat(page.locator("main")).containsText("In force today: version");
    assertAccessible(page);

    String listedVersion = listed.locator("a").textContent();
    listed.locator("a").click();
    assertThat(page.locator("h1")).hasText(listedVersion);
    Locator b3 = page.locator("main table").first().locator("tbody tr", new Locator.LocatorOptions().setHasText("B3"));
    assertThat(b3.locator("td")).hasText(new String[] {"146", "161", "60"});
    assertAccessible(page);
    page.getByText("Withdraw version").click();
    assertAccessible(page);
    button(page, "Withdraw version");
    assertThat(page.locator(".govuk-notification-banner")).containsText("withdrawn: it will not take effect on "
        + fromInWords);
    assertThat(listed.locator(".govuk-tag")).hasText("Withdrawn");
    assertAccessible(page);
  }
}
