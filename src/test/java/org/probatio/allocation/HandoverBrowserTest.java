package org.probatio.allocation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;

/**
 * A CRC practitioner opens the inbox, reads a package and its checklist, acknowledges receipt,
 * mistypes and then records a first appointment before the day of delivery (and sees the case
 * flagged), and completes the review of the initial risk assessment.
 */
@IntegrationTest
class HandoverBrowserTest extends BrowserTestSupport {

  Handover handover;
  String name;

  @BeforeEach
  void aCaseHandedToTheCrc() {
    HandoverFixtures fixtures = new HandoverFixtures(context);
    handover = fixtures.handedToCrc();
    name = handover.contents().person().name();
    fixtures.reviewTask(handover.id());
  }

  @Test
  void inbox_then_package_then_acknowledgement_then_a_first_appointment_before_delivery_then_the_review() {
    Page page = signIn(TestUser.CRC_PRACTITIONER);
    link(page, "Handovers");
    assertThat(page.locator("h1")).hasText("Handovers");
    assertAccessible(page);

    link(page, name);
    assertThat(page.locator("h1")).hasText("Handover package");
    assertThat(page.locator(".govuk-task-list")).containsText("No full RoSH analysis yet");
    assertThat(page.locator("main")).containsText("Not acknowledged");
    assertAccessible(page);

    button(page, "Acknowledge receipt");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Receipt acknowledged by Test Crc-practitioner");
    assertThat(page.locator("main")).containsText("Acknowledged by Test Crc-practitioner");
    assertAccessible(page);

    page.locator("#firstAppointment-day").fill("31");
    page.locator("#firstAppointment-month").fill("2");
    page.locator("#firstAppointment-year").fill("2026");
    button(page, "Record first appointment");
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    assertThat(page.locator("#firstAppointment-error")).isVisible();
    assertThat(page.locator("#firstAppointment-day")).hasValue("31");
    assertAccessible(page);

    LocalDate dayBefore = handover.deliveredOn().minusDays(1);
    page.locator("#firstAppointment-day").fill(String.valueOf(dayBefore.getDayOfMonth()));
    page.locator("#firstAppointment-month").fill(String.valueOf(dayBefore.getMonthValue()));
    page.locator("#firstAppointment-year").fill(String.valueOf(dayBefore.getYear()));
    button(page, "Record first appointment");
    assertThat(page.locator(".govuk-notification-banner")).containsText("the case is flagged");
    assertThat(page.locator(".govuk-warning-text")).containsText("before this handover was delivered");
    assertThat(page.locator("main")).containsText("Before delivery");
    assertAccessible(page);

    link(page, "Back to handovers");
    assertThat(page.locator("table").first()).containsText("First appointment before delivery");
    assertThat(page.locator("table").first()).containsText(name);
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review tasks").setExact(true)).first().click();
    assertThat(page.locator("h1")).hasText("Review tasks");
    assertAccessible(page);
    link(page, "Complete the review for " + name);
    assertThat(page.locator("h1")).hasText("Have you reviewed the initial risk assessment?");
    assertAccessible(page);
    button(page, "Complete review");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Review of the initial risk assessment completed");
    assertAccessible(page);

    page.navigate("/people/" + handover.crn());
    link(page, "Handovers to other providers");
    assertThat(page.locator("h1")).hasText("Handovers");
    assertThat(page.locator("table")).containsText("Allocation after sentence");
    assertAccessible(page);
  }

  @Test
  void the_sending_provider_reads_the_package_without_the_receivers_actions() {
    Page page = signIn(TestUser.PRACTITIONER);
    page.navigate("/handovers/" + handover.id());
    assertThat(page.locator("h1")).hasText("Handover package");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge receipt"))).hasCount(0);
    assertThat(page.locator("#firstAppointment-day")).hasCount(0);
    assertAccessible(page);
  }
}
