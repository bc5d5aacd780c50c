package org.probatio;

import java.time.Clock;
import org.probatio.cli.ProbatioCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** The Probatio application: a modular monolith. Every launch goes through the command line. */
@SpringBootApplication
@Modulithic(systemName = "Probatio", sharedModules = "audit")
public class Probatio {

  public static void main(String[] args) {
    int exitCode = ProbatioCommand.execute(args);
    if (exitCode != ProbatioCommand.KEEP_RUNNING) {
      System.exit(exitCode);
    }
  }

  /** All time comes from here, so tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
