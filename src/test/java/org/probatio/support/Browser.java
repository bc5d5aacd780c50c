package org.probatio.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Chromium (Debian's, or {@code PROBATIO_CHROMIUM}) driven by Playwright, with axe-core run on
 * every page a test visits. Tests are skipped, with the reason, when no Chromium is installed.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;
  private final String baseUrl;

  private Browser(String baseUrl) {
    Path executable = chromium();
    Assumptions.assumeTrue(Files.isExecutable(executable),
        "No Chromium at " + executable + ": browser tests skipped (install Debian's chromium or set PROBATIO_CHROMIUM)");
    this.baseUrl = baseUrl;
    this.playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS));
  }

  public static Browser on(int port) {
    return new Browser("http://localhost:" + port);
  }

  /** A new, signed-out browser window. */
  public Page newPage() {
    Page page = chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 900)).newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /** Fails the test if axe-core finds any accessibility violation on the page as it is now. */
  public static void assertAccessible(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as("accessibility violations on %s:%n%s", page.url(), violations.stream()
            .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private static Path chromium() {
    String configured = System.getenv("PROBATIO_CHROMIUM");
    return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
