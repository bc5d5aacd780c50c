package org.probatio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "tokens", description = "Manage personal API tokens.")
class TokensCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
