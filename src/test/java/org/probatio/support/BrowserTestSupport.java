package org.probatio.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** One Chromium per browser test class, against the running test server, with the test organisation loaded. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

  @LocalServerPort protected int port;
  @Autowired protected ApplicationContext context;

  protected Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = Browser.on(port);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void loadOrganisation() {
    TestOrganisation.ensureLoaded(context);
  }

  /** A new browser window, signed in as the user. */
  protected Page signIn(TestUser user) {
    return signIn(user.username);
  }

  /** A new browser window, signed in as this user, such as one a test created for itself. */
  protected Page signIn(String username) {
    Page page = browser.newPage();
    page.navigate("/sign-in");
    page.locator("#username").fill(username);
    page.locator("#password").fill(TestOrganisation.PASSWORD);
    page.locator("button[type=submit]").click();
    return page;
  }

  /** Clicks the button with exactly this accessible name. */
  protected static void button(Page page, String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
  }

  /** Follows the link with exactly this accessible name. */
  protected static void link(Page page, String name) {
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
  }
}
