package org.probatio.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** A JSON-lines command run as the command line runs it, on the given standard input: its exit code and what it wrote. */
record JsonLinesRun(int exitCode, List<String> output, String err) {

  static JsonLinesRun of(JsonLinesCommand command, String input, String... args) {
    command.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.out = out;
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new JsonLinesRun(exitCode, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString());
  }
}
