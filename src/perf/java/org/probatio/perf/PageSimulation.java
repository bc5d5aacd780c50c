package org.probatio.perf;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Pages as a signed-in user sees them: each client signs in once through the form, then opens pages
 * chosen at random from a file of paths (one per line, e.g. every unallocated case's choose-practitioner
 * page) for the length of the run. The pages' own times are reported as "page". For example:
 * {@code ./mvnw -Pperf gatling:test -Dgatling.simulationClass=org.probatio.perf.PageSimulation
 * -Dprobatio.url=http://localhost:8080 -Dprobatio.user=senior -Dprobatio.password=... -Dprobatio.paths=/tmp/paths.txt}
 */
public class PageSimulation extends Simulation {

  private static final String URL = System.getProperty("probatio.url", "http://localhost:8080");
  private static final String USER = System.getProperty("probatio.user", "senior");
  private static final String PASSWORD = System.getProperty("probatio.password", "");
  private static final int CLIENTS = Integer.getInteger("probatio.clients", 20);
  private static final Duration RUN_FOR = Duration.ofSeconds(Integer.getInteger("probatio.seconds", 60));

  private final List<String> paths = paths();

  private final HttpProtocolBuilder browser = http.baseUrl(URL).acceptHeader("text/html").disableFollowRedirect();

  private static List<String> paths() {
    try {
      List<String> paths = Files.readAllLines(Path.of(System.getProperty("probatio.paths", "paths.txt"))).stream()
          .map(String::strip).filter(line -> !line.isEmpty()).toList();
      if (paths.isEmpty()) {
        throw new IllegalStateException("The file of paths is empty");
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Iterator<Map<String, Object>> anyPath() {
    SplittableRandom random = new SplittableRandom(7);
    return Stream.generate(() -> Map.<String, Object>of("path", paths.get(random.nextInt(paths.size())))).iterator();
  }

  private final ScenarioBuilder pages = scenario("Pages")
      .exec(http("sign-in form").get("/sign-in").check(css("input[name=_csrf]", "value").saveAs("csrf")))
      .exec(http("sign in").post("/sign-in").formParam("username", USER).formParam("password", PASSWORD)
          .formParam("_csrf", "#{csrf}").check(status().is(302)))
      .exec(during(RUN_FOR).on(feed(anyPath()).exec(http("page").get("#{path}").check(status().is(200)))));

  {
    setUp(pages.injectClosed(constantConcurrentUsers(CLIENTS).during(RUN_FOR.plusSeconds(10))))
        .protocols(browser)
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
