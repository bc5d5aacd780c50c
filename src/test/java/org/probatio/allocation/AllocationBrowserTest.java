package org.probatio.allocation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.risk.RoshLevel;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation.TestUser;

/**
 * The allocator finds a case waiting, is told it cannot be allocated until a RoSH screening is recorded,
 * allocates it as the policy decides once one is, and reads how it was decided; an override waits for a
 * senior practitioner, who approves it.
 */
@IntegrationTest
class AllocationBrowserTest extends BrowserTestSupport {

  AllocationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new AllocationFixtures(context);
  }

  @Test
  void the_allocator_sees_the_gate_then_allocates_as_the_policy_decides_and_reads_why() {
    String crn = fixtures.person();
    AllocationCase c = fixtures.sentenced(crn);
    Page page = signIn(TestUser.ALLOCATOR);

    link(page, "Allocations");
    assertThat(page.locator("h1")).hasText("Cases to allocate");
    assertAccessible(page);
    link(page, "Open case for CRN " + crn);
    assertThat(page.locator(".govuk-warning-text")).containsText("There is no RoSH screening for this person");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See their RoSH screenings")))
        .hasAttribute("href", "/people/" + crn + "/risk");
    assertAccessible(page);

    fixtures.screened(crn, RoshLevel.MEDIUM);
    page.reload();
    assertThat(page.locator("main")).containsText("No NPS criterion is met");
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Every factor considered"))).containsText("RoSH screening");
    assertAccessible(page);
    button(page, "Allocate case");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Select whether to allocate the case as the policy decides or to override the policy");
    assertAccessible(page);
    page.getByLabel("Allocate as the policy decides").check();
    button(page, "Allocate case");

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Case allocated to the Community Rehabilitation Company (C01)");
    assertThat(page.locator("#summary")).containsText("allocator allocated this case to the Community Rehabilitation "
        + "Company (C01) under policy TR-2014, 0 working days after sentence (on time).");
    assertThat(page.locator("main")).containsText("Running policy TR-2014 again on the recorded facts gives the same decision.");
    assertAccessible(page);
    link(page, "Back to their allocation decisions");
    assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Allocation decisions, newest first")))
        .containsText("Allocation after sentence");
    assertAccessible(page);
    page.navigate("/allocations/" + c.id());
    assertThat(page.locator("#status")).containsText("This case has been allocated.");
    assertAccessible(page);
  }

  @Test
  void an_override_needs_a_reason_and_a_senior_practitioners_approval() {
    String crn = fixtures.person();
    fixtures.screened(crn, RoshLevel.LOW);
    AllocationCase c = fixtures.sentenced(crn);
    Page allocator = signIn(TestUser.ALLOCATOR);
    allocator.navigate("/allocations/" + c.id());

    assertThat(allocator.locator("#conditional-override")).isHidden();
    allocator.getByLabel("Override the policy").check();
    assertThat(allocator.locator("#conditional-override")).isVisible();
    allocator.getByLabel("National Probation Service").check();
    button(allocator, "Allocate case");
    assertThat(allocator.locator(".govuk-error-summary")).containsText("Enter the reason for overriding the policy");
    assertThat(allocator.locator("#overrideProvider")).isChecked();
    assertAccessible(allocator);
    allocator.locator(".govuk-error-summary a").click();
    allocator.keyboard().type("Known to the NPS team from a previous order");
    button(allocator, "Allocate case");
    assertThat(allocator.locator(".govuk-notification-banner")).containsText("Override sent for approval");
    assertThat(allocator.locator("#override")).isVisible();
    assertThat(allocator.locator("main")).containsText("Waiting for a senior practitioner’s approval");
    assertAccessible(allocator);

    Page senior = signIn(TestUser.SENIOR);
    link(senior, "Allocations");
    link(senior, "Overrides waiting for your approval");
    assertThat(senior.locator("h1")).hasText("Overrides waiting for approval");
    assertAccessible(senior);
    link(senior, "Review the override for CRN " + crn);
    assertThat(senior.locator("main")).containsText("Known to the NPS team from a previous order");
    assertAccessible(senior);
    senior.getByLabel("Turn down the override").check();
    button(senior, "Record review");
    assertThat(senior.locator(".govuk-error-summary")).containsText("Enter why you are turning down the override");
    assertAccessible(senior);
    senior.getByLabel("Approve the override").check();
    senior.getByLabel("Note").fill("Agreed: the NPS team knows him well");
    button(senior, "Record review");
    assertThat(senior.locator(".govuk-notification-banner"))
        .containsText("Override approved: the case is allocated to the National Probation Service (N01)");
    assertThat(senior.locator("main")).containsText("Approved by senior");
    assertAccessible(senior);
  }
}
