package org.probatio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.probatio.allocation.Tiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "recompute-tiers", mixinStandardHelpOptions = true,
    description = "Recalculate every person's tier (model V2) from their current records, in one streamed pass.")
class RecomputeTiersCommand implements Callable<Integer> {

  private static final int REPORT_EVERY = 50_000;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
      long started = System.nanoTime();
      int[] reported = {0};
      int total = context.getBean(Tiers.class).recalculateEveryone(done -> {
        if (done - reported[0] >= REPORT_EVERY) {
          reported[0] = done;
          out.printf("%,d tiers calculated...%n", done);
          out.flush();
        }
      });
      out.printf("Recalculated %,d tiers in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
