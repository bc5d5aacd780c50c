package org.probatio.perf;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Person lookup by CRN and partial-name search through the API, each with 20 concurrent clients,
 * against a running server with a generated region. Run with:
 * {@code ./mvnw -Pperf gatling:test -Dprobatio.url=http://localhost:8080 -Dprobatio.token=prb_... -Dprobatio.people=250000}
 */
public class PersonLookupSimulation extends Simulation {

  private static final int CLIENTS = Integer.getInteger("probatio.clients", 20);
  private static final Duration RUN_FOR = Duration.ofSeconds(Integer.getInteger("probatio.seconds", 60));
  private static final int PEOPLE = Integer.getInteger("probatio.people", 250_000);
  private static final List<String> NAME_FRAGMENTS = List.of(
      "smi", "jones", "willi", "brown", "tayl", "davi", "evan", "wils", "thom", "johns", "robert", "walk",
      "wright", "robin", "thomps", "whit", "hugh", "edwa", "green", "hall", "wood", "harr", "lewi", "mart",
      "jack", "clar", "clark", "turn", "hill", "scot", "coop", "morr", "ward", "moor", "king", "watson",
      "nowak", "khan", "patel", "singh", "obrien", "murph", "kelly", "ahmed", "ali", "begum", "hussain");

  private final HttpProtocolBuilder api = http
      .baseUrl(System.getProperty("probatio.url", "http://localhost:8080"))
      .authorizationHeader("Bearer " + System.getProperty("probatio.token", ""))
      .acceptHeader("application/json")
      .shareConnections();

  private static Iterator<Map<String, Object>> crns() {
    SplittableRandom random = new SplittableRandom(1);
    return Stream.generate(() -> Map.<String, Object>of("crn", String.format("A%06d", 1 + random.nextInt(Math.min(PEOPLE, 999_999)))))
        .iterator();
  }

  private static Iterator<Map<String, Object>> names() {
    SplittableRandom random = new SplittableRandom(2);
    return Stream.generate(() -> Map.<String, Object>of("name", NAME_FRAGMENTS.get(random.nextInt(NAME_FRAGMENTS.size()))))
        .iterator();
  }

  private final ScenarioBuilder lookupByCrn = scenario("Look up a person by CRN")
      .feed(crns())
      .exec(http("GET /api/v1/people/{crn}").get("/api/v1/people/#{crn}").check(status().is(200)));

  private final ScenarioBuilder searchByName = scenario("Search by part of a name")
      .feed(names())
      .exec(http("GET /api/v1/people?q={part of a name}").get("/api/v1/people?q=#{name}").check(status().is(200)));

  {
    // one after the other, so each is measured alone at the same concurrency
    setUp(lookupByCrn.injectClosed(constantConcurrentUsers(CLIENTS).during(RUN_FOR))
        .andThen(searchByName.injectClosed(constantConcurrentUsers(CLIENTS).during(RUN_FOR))))
        .protocols(api)
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
