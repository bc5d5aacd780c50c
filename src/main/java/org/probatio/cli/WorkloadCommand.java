package org.probatio.cli;

import java.util.concurrent.Callable;
import org.probatio.workload.Workloads;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "workload", description = "Practitioners' workload figures.", subcommands = WorkloadCommand.Recompute.class)
class WorkloadCommand {

  @Command(name = "recompute", mixinStandardHelpOptions = true,
      description = "Work out every case-holding practitioner's workload figure again, with the configuration in force today.")
  static class Recompute implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        long started = System.nanoTime();
        int figures = context.getBean(Workloads.class).recomputeEveryone(done -> { });
        spec.commandLine().getOut().printf("Worked out %,d workload figures in %.1f s%n", figures,
            (System.nanoTime() - started) / 1e9);
        return 0;
      }
    }
  }
}
