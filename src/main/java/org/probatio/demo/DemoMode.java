package org.probatio.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.probatio.allocation.Allocations;
import org.probatio.demo.DemoAccounts.SignIn;
import org.probatio.demo.DemoRegionLoad.Outcome;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.Workforce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode: on first start a generated region is loaded, organised for the allocation policy in
 * force ({@code probatio.allocation.policy}); on every start the demo users get fresh passwords (or
 * the fixed one) and the sign-ins are printed. A region once loaded stays: the demo users are cast
 * from it, whatever the policy now.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoMode {

  private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

  private final DemoProperties properties;
  private final Environment environment;
  private final Workforce workforce;
  private final Allocations allocations;
  private final DemoRegionLoad regionLoad;
  private final DemoAccounts accounts;
  private final Clock clock;

  DemoMode(DemoProperties properties, Environment environment, Workforce workforce, Allocations allocations,
      DemoRegionLoad regionLoad, DemoAccounts accounts, Clock clock) {
    this.properties = properties;
    this.environment = environment;
    this.workforce = workforce;
    this.allocations = allocations;
    this.regionLoad = regionLoad;
    this.accounts = accounts;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.on(environment)) {
      return;
    }
    boolean regionOnRecord = workforce.hasAnyProvider();
    RegionGenerator region = new RegionGenerator(properties.people(), properties.seed(), LocalDate.now(clock),
        regionOnRecord ? modelOnRecord() : RegionModel.forPolicy(allocations.policyVersion()));
    if (regionOnRecord && !region.model().policyVersion().equals(allocations.policyVersion())) {
      log.warn("The demo region on record is organised for {}, but the allocation policy in force is {}, whose"
          + " providers the region may not have. Serve it with --probatio.allocation.policy={}, or start with an empty"
          + " data directory (PROBATIO_DATA_DIR) for a region organised for {}.", region.model().policyVersion(),
          allocations.policyVersion(), region.model().policyVersion(), allocations.policyVersion());
    }
    if (!regionOnRecord) {
      long started = System.nanoTime();
      Outcome outcome = regionLoad.load(region, loaded -> {});
      if (outcome instanceof Outcome.Loaded loaded) {
        log.info("Loaded the demo region: {} in {} ms", loaded.summary().describe(),
            (System.nanoTime() - started) / 1_000_000);
      } else {
        log.warn("No demo region loaded: {}", ((Outcome.Refused) outcome).reason());
      }
    }
    List<SignIn> signIns = accounts.reset(region.demoStaff(),
        user -> properties.fixedPassword().orElseGet(DemoAccounts::randomPassword));
    String token = accounts.adminToken(properties.fixedApiToken());
    String address = "http://localhost:" + environment.getProperty("local.server.port", "8080");
    System.out.println(SignInNotice.text(address, signIns, token));
  }

  /** A unified region on record means the demo was loaded for the unified service. */
  private RegionModel modelOnRecord() {
    return workforce.providers().stream().anyMatch(p -> p.type() == ProviderType.UNIFIED_REGION)
        ? RegionModel.UNIFIED_SERVICE : RegionModel.TRANSFORMING_REHABILITATION;
  }
}
