package org.probatio.workload.internal;

import org.probatio.workload.Workloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Works every figure out again early each morning, because some change with the date alone: a custody
 * case becomes a licence case on release, a sentence ends, a reduction starts or ends, and a new
 * workload configuration takes effect. Every instance may run it; the result is the same.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "probatio.workload.nightly-recompute", havingValue = "true", matchIfMissing = true)
class NightlyFigures {

  private static final Logger log = LoggerFactory.getLogger(NightlyFigures.class);

  private final Workloads workloads;

  NightlyFigures(Workloads workloads) {
    this.workloads = workloads;
  }

  @Scheduled(cron = "0 10 0 * * *", zone = "Europe/London")
  void recompute() {
    long started = System.nanoTime();
    int figures = workloads.recomputeEveryone(done -> { });
    log.info("Worked out {} workload figures in {} ms", figures, (System.nanoTime() - started) / 1_000_000);
  }
}
