package org.probatio.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.probatio.court.CheckKind;
import org.probatio.court.HearingFixtures;
import org.probatio.court.ReportSection;
import org.probatio.court.ReportType;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One person from the court to the provider that supervises them, through the pages alone: the court
 * team adds them, lists a hearing and starts an oral report; one partner check is answered and the
 * other goes late (and reaches the senior practitioner); a low RoSH screening is recorded, the report
 * completed and a community order recorded; the allocator allocates the case to the CRC as TR-2014
 * decides and reads why; the CRC practitioner acknowledges the handover and records the first
 * appointment; and the case is among those behind the dashboard's handover figure. Every page is
 * checked with axe-core.
 */
@IntegrationTest
class CourtToHandoverBrowserTest extends BrowserTestSupport {

  /** How long to wait for what follows an event: the allocation case after a sentence, the handover after a decision. */
  static final Duration PATIENCE = Duration.ofSeconds(15);
  static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final String NOT_OBTAINED = "Children's services did not reply before the court rose";

  @Autowired JdbcClient jdbc;

  String name;
  String crn;

  @Test
  void from_hearing_to_handover_then_on_the_dashboard() {
    String surname = "Flowerdew" + PersonInputs.letters((int) (System.nanoTime() & 0xffffff));
    name = "Jordan " + surname;

    Page court = signIn(TestUser.COURT);
    crn = addedByTheCourt(court, surname);
    long report = hearingThenOralReport(court);
    Page senior = oneCheckAnsweredTheOtherLate(court, report);
    screeningThenReportThenSentence(court);
    allocatedAsThePolicyDecides(signIn(TestUser.ALLOCATOR));
    handoverAcknowledgedWithAFirstAppointment(signIn(TestUser.CRC_PRACTITIONER));
    onTheDashboard(senior);
  }

  /** The court looks for the person first, finds no record, and adds them. */
  String addedByTheCourt(Page page, String surname) {
    link(page, "Court");
    assertThat(page.locator("h1")).hasText("Court");
    assertAccessible(page);
    link(page, "List a hearing");
    assertThat(page.locator("h1")).hasText("Find the person");
    assertAccessible(page);
    page.locator("#q").fill(name);
    button(page, "Search");
    assertThat(page.locator("#results-heading")).hasText("0 people found");
    assertAccessible(page);

    link(page, "add them");
    assertThat(page.locator("h1")).hasText("Add a person");
    assertAccessible(page);
    page.locator("#firstName").fill("Jordan");
    page.locator("#lastName").fill(surname);
    page.locator("#dateOfBirth-day").fill("9");
    page.locator("#dateOfBirth-month").fill("11");
    page.locator("#dateOfBirth-year").fill("1991");
    page.locator("#gender").check();
    page.locator("#addressLine1").fill("12 Fishergate");
    page.locator("#town").fill("Preston");
    page.locator("#postcode").fill("PR1 2NJ");
    button(page, "Add person");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Record created");
    assertThat(page.locator("h1")).hasText(name);
    assertAccessible(page);
    return page.locator(".govuk-caption-l").innerText().replaceFirst("^CRN ", "").trim();
  }

  /** A hearing today, and an oral report, which asks for both partner checks. */
  long hearingThenOralReport(Page page) {
    link(page, "List a court hearing");
    assertThat(page.locator("h1")).hasText("List a hearing");
    assertThat(page.locator(".govuk-caption-l")).hasText(name + ", CRN " + crn);
    assertAccessible(page);
    page.locator("#court").fill(HearingFixtures.COURT);
    page.locator("input[name=session][value=AFTERNOON]").check();
    page.locator("#courtroom").fill("2");
    page.locator("#offenceCode-0").fill("046/00");
    page.locator("#description-0").fill("Theft from a shop");
    button(page, "List hearing");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Hearing listed");
    assertAccessible(page);

    link(page, "Start a pre-sentence report");
    assertAccessible(page);
    page.locator("input[name=type][value=" + ReportType.ORAL.name() + "]").check();
    button(page, "Start report");
    assertThat(page.locator(".govuk-notification-banner")).containsText("checks requested");
    for (CheckKind kind : CheckKind.values()) {
      assertThat(checkRow(page, kind)).containsText("Awaiting answer");
    }
    assertAccessible(page);
    return Long.parseLong(page.url().replaceAll(".*/court/reports/(\\d+).*", "$1"));
  }

  /** The police answer; children's services do not, the check goes late and the senior practitioner sees it. */
  Page oneCheckAnsweredTheOtherLate(Page page, long report) {
    page.locator("#" + CheckKind.POLICE_DOMESTIC_ABUSE.field()).click();
    assertThat(page.locator("h1")).hasText(CheckKind.POLICE_DOMESTIC_ABUSE.label());
    assertAccessible(page);
    page.locator("input[name=outcome][value=NO_CONCERNS]").check();
    page.locator("#respondedBy").fill("DC Okafor, domestic abuse unit");
    button(page, "Record answer");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Police domestic abuse check: answer recorded");
    assertThat(checkRow(page, CheckKind.POLICE_DOMESTIC_ABUSE)).containsText("No concerns");
    assertAccessible(page);

    // Checks for an oral report are due when the court day ends (Deadlines), so to see one late without
    // waiting for 5pm its due time is moved into the past, as CourtBrowserTest does.
    jdbc.sql("update court_partner_check set due_at = now() - interval '2 hours' where report_id = ? and kind = ?")
        .params(report, CheckKind.CHILDRENS_SAFEGUARDING.name()).update();
    page.reload();
    assertThat(page.locator(".govuk-warning-text")).containsText("children's services safeguarding check is late");
    assertThat(checkRow(page, CheckKind.CHILDRENS_SAFEGUARDING)).containsText("Late");
    assertAccessible(page);

    Page senior = signIn(TestUser.SENIOR);
    link(senior, "Late checks");
    assertThat(senior.locator("h1")).hasText("Late partner checks");
    assertThat(senior.locator("tr", new Page.LocatorOptions().setHasText(name)))
        .containsText(CheckKind.CHILDRENS_SAFEGUARDING.label());
    assertAccessible(senior);

    page.locator("#" + CheckKind.CHILDRENS_SAFEGUARDING.field()).click();
    assertThat(page.locator("h1")).hasText(CheckKind.CHILDRENS_SAFEGUARDING.label());
    assertThat(page.locator("main .govuk-tag--red")).hasText("Late");
    assertAccessible(page);
    page.locator("input[name=outcome][value=NOT_OBTAINED]").check();
    page.locator("#notObtainedReason").fill(NOT_OBTAINED);
    button(page, "Record answer");
    assertThat(checkRow(page, CheckKind.CHILDRENS_SAFEGUARDING)).containsText("Could not be obtained");
    assertAccessible(page);
    return senior;
  }

  /** A low RoSH screening, the report written and completed (by keyboard), and a community order. */
  void screeningThenReportThenSentence(Page page) {
    page.locator("#roshScreening").click();
    assertThat(page.locator("h1")).hasText("Record a RoSH assessment");
    assertAccessible(page);
    page.locator("input[name=kind][value=SCREENING]").check();
    page.locator("input[name=stage][value=COURT_REPORT]").check();
    for (String group : new String[] {"Children", "Public", "KnownAdult", "Staff"}) {
      page.locator("input[name=community" + group + "][value=LOW]").check();
    }
    button(page, "Record assessment");
    assertThat(page.locator(".govuk-notification-banner")).containsText("RoSH assessment recorded");
    assertThat(page.locator("main")).containsText("Overall Low");
    assertAccessible(page);

    link(page, "Court");
    assertAccessible(page);
    page.locator("table", new Page.LocatorOptions().setHasText("Reports in progress"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    assertThat(page.locator("h1")).hasText("PSR: oral report");
    for (ReportSection section : ReportSection.values()) {
      if (section.requiredFor(ReportType.ORAL)) {
        page.locator("#" + section.field()).fill(HearingFixtures.WRITTEN.get(section));
      }
    }
    button(page, "Save report");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Report saved");
    // saving links the report to the screening its risk and needs section rests on
    assertThat(page.locator("main")).containsText("The risk and needs section rests on the person’s RoSH screening");
    assertAccessible(page);

    link(page, "Complete the report");
    assertThat(page.locator("h1")).hasText("Complete the report?");
    assertAccessible(page);
    // by keyboard alone: Space chooses "Yes", Tab leaves the radios for the button, Enter submits
    page.locator("#deliveredOnDay").focus();
    Keyboard keyboard = page.keyboard();
    keyboard.press("Space");
    keyboard.press("Tab");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete report"))).isFocused();
    keyboard.press("Enter");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Report completed");
    assertThat(page.locator(".govuk-inset-text")).containsText("given to the court on the day of the hearing");
    assertAccessible(page);

    link(page, "Back to the hearing");
    link(page, "Record the sentence");
    assertThat(page.locator("h1")).hasText("Record the sentence");
    assertAccessible(page);
    page.locator("input[name=orderType][value=COMMUNITY_ORDER]").check();
    page.locator("#lengthMonths").fill("12");
    page.locator("#requirementType-0").selectOption("UNPAID_WORK");
    page.locator("#amount-0").fill("80");
    button(page, "Record sentence");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Sentence recorded");
    assertThat(page.locator("main")).containsText("Unpaid work: 80 hours");
    assertAccessible(page);
  }

  /** The case reaches the allocator once the sentence is handled; TR-2014 sends a low-risk case to the CRC. */
  void allocatedAsThePolicyDecides(Page page) {
    link(page, "Allocations");
    assertThat(page.locator("h1")).hasText("Cases to allocate");
    Locator open = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open case for CRN " + crn).setExact(true));
    reloadUntilShown(page, open);
    assertAccessible(page);
    open.click();
    assertThat(page.locator("h1")).hasText("Allocate the case");
    assertThat(page.locator("main")).containsText("The Community Rehabilitation Company");
    assertAccessible(page);
    page.getByLabel("Allocate as the policy decides").check();
    button(page, "Allocate case");

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Case allocated to the Community Rehabilitation Company (C01)");
    assertThat(page.locator("h1")).hasText("How this allocation was decided");
    assertThat(page.locator("#summary")).containsText("under policy TR-2014");
    assertThat(page.locator("main")).containsText("No NPS criterion is met (");
    assertThat(page.locator("main")).containsText("), so the case goes to the CRC");
    assertThat(page.locator("main")).containsText("Policy TR-2014 gives this case to the Community Rehabilitation Company.");
    Locator rosh = page.locator("table", new Page.LocatorOptions().setHasText("Every factor considered"))
        .locator("tr", new Locator.LocatorOptions().setHas(
            page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("RoSH").setExact(true))));
    assertThat(rosh).containsText("low");
    assertThat(rosh).containsText("RoSH screening");
    assertThat(rosh).containsText(IN_WORDS.format(LocalDate.now()));
    assertAccessible(page);
  }

  /** The package reaches the CRC; its practitioner reads the checklist, acknowledges it and records the first appointment. */
  void handoverAcknowledgedWithAFirstAppointment(Page page) {
    link(page, "Handovers");
    assertThat(page.locator("h1")).hasText("Handovers");
    Locator handover = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    reloadUntilShown(page, handover);
    assertAccessible(page);
    handover.click();

    assertThat(page.locator("h1")).hasText("Handover package");
    assertThat(page.locator("main")).containsText("Not acknowledged");
    assertThat(checklistItem(page, "Pre-sentence report")).containsText("Included");
    assertThat(checklistItem(page, "Police domestic abuse check")).containsText("Included");
    assertThat(checklistItem(page, "Children's services safeguarding check"))
        .containsText("could not be obtained: " + NOT_OBTAINED);
    assertThat(checklistItem(page, "RoSH screening")).containsText("Included");
    assertThat(checklistItem(page, "Sentence and requirements")).containsText("Included");
    assertAccessible(page);

    button(page, "Acknowledge receipt");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Receipt acknowledged by Test Crc-practitioner");
    assertAccessible(page);

    // by keyboard alone: type the date, Tab between its fields and on to the button, Enter submits
    LocalDate firstAppointment = LocalDate.now().plusDays(2);
    page.locator("#firstAppointment-day").focus();
    Keyboard keyboard = page.keyboard();
    keyboard.type(String.valueOf(firstAppointment.getDayOfMonth()));
    keyboard.press("Tab");
    keyboard.type(String.valueOf(firstAppointment.getMonthValue()));
    keyboard.press("Tab");
    keyboard.type(String.valueOf(firstAppointment.getYear()));
    keyboard.press("Tab");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record first appointment"))).isFocused();
    keyboard.press("Enter");
    assertThat(page.locator(".govuk-notification-banner")).containsText("First appointment recorded");
    assertThat(page.locator(".govuk-notification-banner")).not().containsText("flagged");
    assertThat(page.locator("main")).containsText(IN_WORDS.format(firstAppointment));
    assertAccessible(page);
  }

  /** The senior practitioner follows the dashboard's handover figure, for the NPS division, to this case. */
  void onTheDashboard(Page page) {
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
    assertThat(page.locator("h1")).hasText("Court to allocation");
    assertAccessible(page);
    page.locator("#provider").selectOption(new SelectOption().setValue("N01"));
    button(page, "Show figures");
    assertThat(page.locator("#provider")).hasValue("N01");
    Locator handovers = page.locator("section", new Page.LocatorOptions()
        .setHas(page.locator("#handovers-before-first-appointment")));
    assertThat(handovers).containsText("of handovers delivered before the first appointment");
    assertAccessible(page);

    handovers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
        .setName("behind handovers delivered before the first appointment")).click();
    assertThat(page.locator("h1")).hasText("Handovers delivered before the first appointment");
    Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(crn));
    assertThat(row).containsText(name);
    assertThat(row.locator("td").last()).hasText("Yes");
    assertAccessible(page);
  }

  static Locator checkRow(Page page, CheckKind kind) {
    return page.locator("tr", new Page.LocatorOptions().setHasText(kind.label()));
  }

  static Locator checklistItem(Page page, String label) {
    return page.locator(".govuk-task-list__item", new Page.LocatorOptions().setHasText(label));
  }

  /** Reloads the page until the locator matches, for what another part of the system adds after an event. */
  static void reloadUntilShown(Page page, Locator wanted) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (wanted.count() == 0) {
      if (System.nanoTime() > deadline) {
        fail("Not shown on %s within %s: %s", page.url(), PATIENCE, wanted);
      }
      page.waitForTimeout(300);
      page.reload();
    }
  }
}
