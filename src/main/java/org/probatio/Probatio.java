package org.probatio;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The Probatio application: a modular monolith. Every launch goes through the command line,
 * {@code org.probatio.cli.ProbatioCommand}, which starts this for {@code serve}.
 */
@SpringBootApplication
// modules react to each other's events on their own threads, after the change that raised them commits
@EnableAsync
@Modulithic(systemName = "Probatio", sharedModules = "audit")
public class Probatio {

  /** All time comes from here, so tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
