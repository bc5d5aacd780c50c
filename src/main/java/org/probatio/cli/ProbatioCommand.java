package org.probatio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code probatio} command. With no command, or only Spring options, it serves. */
@Command(
    name = "probatio",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Probation case management: from court to the end of the sentence.",
    subcommands = {ServeCommand.class, GenerateCommand.class, TokensCommand.class, ScoreCommand.class,
        TierCommand.class, RecomputeTiersCommand.class, OffencesCommand.class, WorkingDaysCommand.class,
        WorkloadCommand.class})
public final class ProbatioCommand {

  /** Returned by commands that leave the server running, so {@code main} must not exit. */
  public static final int KEEP_RUNNING = Integer.MIN_VALUE;

  private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  public static void main(String[] args) {
    int exitCode = execute(args);
    if (exitCode != KEEP_RUNNING) {
      System.exit(exitCode);
    }
  }

  public static int execute(String... args) {
    return commandLine().execute(withDefaultCommand(args));
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ProbatioCommand());
    commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
      cl.getErr().println(cl.getColorScheme().errorText("probatio: " + rootMessage(ex)));
      return 2;
    });
    return commandLine;
  }

  static String[] withDefaultCommand(String[] args) {
    boolean serve = args.length == 0 || (args[0].startsWith("-") && !OWN_OPTIONS.contains(args[0]));
    if (!serve) {
      return args;
    }
    List<String> withServe = new ArrayList<>(List.of("serve"));
    withServe.addAll(Arrays.asList(args));
    return withServe.toArray(String[]::new);
  }

  private static String rootMessage(Throwable ex) {
    Throwable cause = ex;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }
}
