package org.probatio.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.probatio.support.Browser.assertAccessible;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.BrowserTestSupport;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;

/** A practitioner finds, opens and corrects a record in a real browser, by keyboard where it matters. */
@IntegrationTest
class PersonRecordBrowserTest extends BrowserTestSupport {

  @Autowired People people;

  String surname;
  String crn;



  @BeforeEach
  void aPerson() {
    surname = "Winterbottom" + PersonInputs.letters((int) (System.nanoTime() & 0xffff));
    PersonInput input = PersonInputs.person("Morgan", surname, "1985", null);
    crn = ((CreateOutcome.Created) TestOrganisation.as(context, TestUser.PRACTITIONER,
        () -> people.create(input, null, false, null))).crn().value();
  }

  /** Signs in with the keyboard alone: Tab between fields, Enter to submit. */
  Page signInByKeyboard(TestUser user) {
    Page page = browser.newPage();
    page.navigate("/people");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
    assertThat(page.locator("h1")).hasText("Sign in to Probatio");
    assertAccessible(page);
    page.locator("#username").focus();
    Keyboard keyboard = page.keyboard();
    keyboard.type(user.username);
    keyboard.press("Tab");
    keyboard.type(TestOrganisation.PASSWORD);
    keyboard.press("Enter");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/people(\\?continue)?$"));
    return page;
  }

  @Test
  void a_practitioner_finds_opens_and_corrects_a_record() {
    Page page = signInByKeyboard(TestUser.PRACTITIONER);
    assertAccessible(page);

    page.locator("#q").fill(surname.substring(0, 10).toLowerCase());
    page.keyboard().press("Enter");
    assertThat(page.locator("#results-heading")).containsText("found");
    assertAccessible(page);

    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new Page.GetByRoleOptions().setName("Morgan " + surname)).click();
    assertThat(page.locator("h1")).hasText("Morgan " + surname);
    assertThat(page.locator(".govuk-caption-l")).hasText("CRN " + crn);
    assertAccessible(page);

    page.getByText("Change details").click();
    assertThat(page.locator("h1")).hasText("Change details");
    assertAccessible(page);

    page.locator("#pnc").fill("2008/0056560A");
    page.locator("#town").fill("Morecambe");
    page.getByText("Save changes").click();

    assertThat(page.locator(".govuk-error-summary")).isVisible();
    assertThat(page.locator(".govuk-error-summary")).containsText("PNC ID check character should be Z");
    assertThat(page.locator(".govuk-error-summary")).isFocused();
    assertThat(page.locator("#pnc-error")).containsText("PNC ID check character should be Z");
    assertThat(page.locator("#pnc")).hasValue("2008/0056560A");
    assertThat(page.locator("#town")).hasValue("Morecambe");
    assertAccessible(page);

    page.locator(".govuk-error-summary a").click();
    assertThat(page.locator("#pnc")).isFocused();
    page.locator("#pnc").fill(PersonInputs.uniquePnc());
    page.getByText("Save changes").click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("Changes saved");
    assertThat(page.locator("body")).containsText("Morecambe");
    assertAccessible(page);
  }

  @Test
  void the_skip_link_is_the_first_thing_the_keyboard_reaches() {
    Page page = signInByKeyboard(TestUser.SENIOR);
    page.keyboard().press("Tab");
    assertThat(page.locator(".govuk-skip-link")).isFocused();
    page.keyboard().press("Enter");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main-content$"));
  }

  @Test
  void a_new_person_is_added_and_a_likely_duplicate_must_be_confirmed() {
    Page page = signInByKeyboard(TestUser.COURT);
    page.navigate("/people/new");
    assertAccessible(page);
    page.getByText("Add person").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the first name");
    assertAccessible(page);

    page.locator("#firstName").fill("Morgan");
    page.locator("#lastName").fill(surname.toUpperCase());
    page.locator("#dateOfBirth-day").fill("14");
    page.locator("#dateOfBirth-month").fill("2");
    page.locator("#dateOfBirth-year").fill("1985");
    page.locator("#gender").check();
    page.getByText("Add person").click();

    assertThat(page.locator("h1")).hasText("Check this is a new person");
    assertThat(page.locator("table")).containsText(crn);
    assertAccessible(page);
    page.getByText("None of these: add a new person").click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("Record created");
    assertThat(page.locator("h1")).hasText("Morgan " + surname.toUpperCase());
    assertAccessible(page);
  }

  @Test
  void the_error_pages_are_styled_and_show_no_internals() {
    Page page = signInByKeyboard(TestUser.VLO);
    page.navigate("/people/Z999999");
    assertThat(page.locator("h1")).hasText("Page not found");
    assertAccessible(page);
    page.navigate("/people/new");
    assertThat(page.locator("h1")).hasText("You cannot use this page");
    assertAccessible(page);
  }
}
