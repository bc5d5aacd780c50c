package org.probatio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.probatio.Probatio;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", description = "Run the Probatio server (the default command).")
class ServeCommand implements Callable<Integer> {

  @Unmatched
  List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() {
    SpringApplication.run(Probatio.class, springArguments.toArray(String[]::new));
    return ProbatioCommand.KEEP_RUNNING;
  }
}
