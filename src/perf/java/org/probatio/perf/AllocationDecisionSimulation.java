package org.probatio.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Allocation decisions through the API on a generated region: first each waiting case's proposal
 * (every fact gathered and the policy run: the decision without storing it), 20 clients for a
 * minute; then each waiting case decided once, the decisions arriving evenly over a minute. Run against a
 * running server whose demo data has cases waiting, with an allocator's token:
 * {@code ./mvnw -Pperf gatling:test -Dgatling.simulationClass=org.probatio.perf.AllocationDecisionSimulation
 * -Dprobatio.url=http://localhost:8080 -Dprobatio.token=prb_...}
 */
public class AllocationDecisionSimulation extends Simulation {

  private static final String URL = System.getProperty("probatio.url", "http://localhost:8080");
  private static final String TOKEN = System.getProperty("probatio.token", "");
  private static final int CLIENTS = Integer.getInteger("probatio.clients", 20);
  private static final Duration RUN_FOR = Duration.ofSeconds(Integer.getInteger("probatio.seconds", 60));

  private final List<Map<String, Object>> waiting = waitingCases();

  private final HttpProtocolBuilder api = http.baseUrl(URL)
      .authorizationHeader("Bearer " + TOKEN)
      .acceptHeader("application/json")
      .contentTypeHeader("application/json")
      .shareConnections();

  /** The waiting cases the token's user may decide, read once before the run. */
  private static List<Map<String, Object>> waitingCases() {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(URL + "/api/v1/allocation-cases")).header("Authorization", "Bearer " + TOKEN).build(),
          HttpResponse.BodyHandlers.ofString());
      List<Map<String, Object>> cases = new ArrayList<>();
      for (JsonNode c : JsonMapper.builder().build().readTree(response.body())) {
        cases.add(Map.of("id", c.get("id").asLong(), "version", c.get("version").asInt()));
      }
      if (cases.isEmpty()) {
        throw new IllegalStateException("No cases are waiting for allocation: " + response.statusCode());
      }
      return cases;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Iterator<Map<String, Object>> anyWaiting() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    return Stream.generate(() -> waiting.get(random.nextInt(waiting.size()))).iterator();
  }

  /** Each waiting case once, with a fresh idempotency key: one arriving user decides each. */
  private Iterator<Map<String, Object>> eachOnce() {
    return waiting.stream().map(c -> Map.<String, Object>of("id", c.get("id"), "version", c.get("version"),
        "key", UUID.randomUUID().toString())).iterator();
  }

  private final ScenarioBuilder propose = scenario("What the policy would decide")
      .feed(anyWaiting())
      .exec(http("GET /api/v1/allocation-cases/{id}").get("/api/v1/allocation-cases/#{id}")
          .check(status().is(200), jsonPath("$.blocked").exists()));

  private final ScenarioBuilder decide = scenario("Decide a case")
      .feed(eachOnce())
      .exec(http("POST /api/v1/allocation-cases/{id}/decisions")
          .post("/api/v1/allocation-cases/#{id}/decisions")
          .header("Idempotency-Key", "#{key}")
          .body(StringBody("{\"version\":#{version}}"))
          // 409 is a case whose gate is shut: still a decision the service had to make
          .check(status().in(201, 409)));

  {
    setUp(propose.injectClosed(constantConcurrentUsers(CLIENTS).during(RUN_FOR))
        .andThen(decide.injectOpen(rampUsers(waiting.size()).during(RUN_FOR))))
        .protocols(api)
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
