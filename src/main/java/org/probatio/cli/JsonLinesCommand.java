package org.probatio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A batch command that reads JSON lines on standard input and writes an answer line for each, in the
 * same order, with a summary on standard error; the exit code is 1 when any line was malformed.
 */
abstract class JsonLinesCommand {

  @Spec
  CommandSpec spec;

  InputStream in = System.in;
  OutputStream out = System.out;

  /** @param answered the summary's word for a line answered, as in "2 scored" */
  int answerEachLine(LineAnswers<?> answers, String threadName, String answered) throws IOException {
    OrderedBatches.Tally tally = OrderedBatches.answer(in, out, answers, threadName);
    tally.report(spec.commandLine().getErr(), answered);
    return tally.exitCode();
  }
}
