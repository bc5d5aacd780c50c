package org.probatio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "generate", description = "Generate a synthetic demo region.")
class GenerateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
