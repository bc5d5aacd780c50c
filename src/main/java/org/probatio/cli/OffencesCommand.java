package org.probatio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probatio.risk.OffenceMappings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "offences", description = "Offence-code mappings used by the risk scores.",
    subcommands = {OffencesCommand.Import.class, OffencesCommand.ListVersions.class, OffencesCommand.UseDefault.class})
class OffencesCommand {

  @Command(name = "import", description = "Check a mapping CSV and put it in force as a new version.")
  static class Import implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A CSV with the columns of the offence code weightings.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isReadable(file)) {
        spec.commandLine().getErr().println("probatio: cannot read " + file);
        return 2;
      }
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        OffenceMappings.Imported imported = context.getBean(OffenceMappings.class).importFile(file);
        spec.commandLine().getOut().printf("%s mapping %s with %,d codes and classes is now in force%n",
            imported.alreadyHeld() ? "Already held:" : "Imported:", imported.version().version(),
            imported.version().codes());
        return 0;
      }
    }
  }

  @Command(name = "use-default", description = "Put the bundled class-level mapping back in force.")
  static class UseDefault implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        OffenceMappings mappings = context.getBean(OffenceMappings.class);
        mappings.useBundledDefault();
        spec.commandLine().getOut().println("In force: " + mappings.inForce().version());
        return 0;
      }
    }
  }

  @Command(name = "list", description = "List the imported mapping versions, newest first.")
  static class ListVersions implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        PrintWriter out = spec.commandLine().getOut();
        var versions = context.getBean(OffenceMappings.class).versions();
        if (versions.isEmpty()) {
          out.println("No mapping imported: the bundled class-level default is in force");
        }
        versions.forEach(v -> out.printf("%d\t%s\t%,d codes\t%s\t%s%n", v.id(), v.active() ? "in force" : "",
            v.codes(), v.importedAt(), v.version()));
        return 0;
      }
    }
  }
}
