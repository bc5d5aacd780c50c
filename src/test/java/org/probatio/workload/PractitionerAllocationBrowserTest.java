package org.probatio.workload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.risk.RoshLevel;
import org.probatio.security.Role;
import org.probatio.security.Users;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffFixtures;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;

/**
 * The senior practitioner opens the cases waiting for a practitioner, chooses a case with high RoSH,
 * is stopped from giving it to a PSO by the grade rules, gives it to a probation officer, and sees the
 * officer's capacity change once their figure is worked out again; the person's record names the
 * officer at once, and the officer finds the case on their own "My workload" page. Every page passes
 * axe-core.
 */
@IntegrationTest
class PractitionerAllocationBrowserTest extends BrowserTestSupport {

  @Test
  void a_pso_is_blocked_by_a_grade_rule_then_a_probation_officer_takes_the_case_sees_their_capacity_change_and_finds_it_on_their_workload() {
    ProviderCaseFixtures fixtures = new ProviderCaseFixtures(context);
    Workforce workforce = context.getBean(Workforce.class);
    String team = new StaffFixtures(context).team();
    StaffMember po = workforce.staffMember(fixtures.practitioner(team, Grade.PO)).orElseThrow();
    StaffMember pso = workforce.staffMember(fixtures.practitioner(team, Grade.PSO)).orElseThrow();
    ProviderCase held = fixtures.held(RoshLevel.HIGH);
    String name = ((Lookup.Found) TestOrganisation.as(context, TestUser.SENIOR,
        () -> context.getBean(People.class).view(held.crn()))).person().details().fullName();
    Workloads workloads = context.getBean(Workloads.class);
    await().atMost(Duration.ofSeconds(15)).until(() -> workloads.figures(List.of(po.code(), pso.code())).size() == 2);
    Page page = signIn(TestUser.SENIOR);

    link(page, "Unallocated cases");
    assertThat(page.locator("h1")).hasText("Cases waiting for a practitioner");
    labelled(page, "Tier").selectOption(held.tier());
    button(page, "Filter cases");
    assertThat(page.locator("#waiting-cases")).containsText(held.crn());
    assertAccessible(page);
    link(page, name);

    assertThat(page.locator("h1")).hasText("Choose a practitioner for " + name);
    labelled(page, "Team").selectOption(team);
    button(page, "Show team");
    Locator officer = page.locator("#candidates tr[data-staff-code=" + po.code() + "]");
    assertThat(page.locator("#candidates tr[data-staff-code=" + pso.code() + "]")).containsText("Not eligible: RoSH is high");
    assertThat(officer).containsText("Eligible");
    String before = officer.locator("td").nth(2).innerText().strip();
    String after = officer.locator("td").nth(3).innerText().strip();
    assertAccessible(page);

    labelled(page, pso.displayName()).check();
    labelled(page, "Why this practitioner?").fill("Has room for weekly appointments");
    page.locator("#sensitive-no").check();
    button(page, "Allocate case");
    assertThat(page.locator(".govuk-error-summary")).containsText(pso.displayName()
        + " is a PSO, who may not hold this case: RoSH is high");
    assertThat(labelled(page, "Why this practitioner?")).hasValue("Has room for weekly appointments");
    assertAccessible(page);

    labelled(page, po.displayName()).check();
    button(page, "Allocate case");
    assertThat(page.locator(".govuk-panel")).containsText(name + " (" + held.crn() + ") is now held by " + po.displayName());
    assertAccessible(page);
    await().atMost(Duration.ofSeconds(15)).until(() -> {
      page.reload();
      return page.locator("#capacity").innerText().contains("worked out since the allocation");
    });
    assertThat(page.locator("#capacity")).containsText(po.displayName() + " is now at " + after);
    org.assertj.core.api.Assertions.assertThat(after).as("capacity before and after").isNotEqualTo(before);
    assertAccessible(page);

    link(page, "Open " + name + "’s record");
    assertThat(page.locator("main")).containsText(po.displayName() + " (Probation officer)");

    String username = "officer-" + po.code().toLowerCase(java.util.Locale.ROOT);
    context.getBean(Users.class).createOrReset(username, po.displayName(), po.code(), EnumSet.of(Role.PRACTITIONER),
        TestOrganisation.PASSWORD);
    Page officerPage = signIn(username);
    link(officerPage, "My workload");
    assertThat(officerPage.locator("#cases")).containsText(held.crn());
    assertAccessible(officerPage);
  }

  static Locator labelled(Page page, String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }
}
