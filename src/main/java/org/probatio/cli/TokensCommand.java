package org.probatio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.probatio.security.ApiTokens;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tokens", description = "Manage personal API tokens.",
    subcommands = {TokensCommand.Create.class, TokensCommand.Revoke.class, TokensCommand.ListTokens.class})
class TokensCommand {

  @Command(name = "create", description = "Create an API token for a user and print it once.")
  static class Create implements Callable<Integer> {

    @Option(names = "--user", required = true, description = "The username the token acts as.")
    String user;

    @Option(names = "--name", defaultValue = "Created on the command line", description = "What the token is for.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        ApiTokens.IssuedToken token = context.getBean(ApiTokens.class).create(user, name);
        PrintWriter out = spec.commandLine().getOut();
        out.println(token.token());
        spec.commandLine().getErr().println("Token " + token.id() + " created for " + user
            + ". Copy it now: it is not stored and cannot be shown again.");
        return 0;
      }
    }
  }

  @Command(name = "revoke", description = "Revoke one of a user's API tokens.")
  static class Revoke implements Callable<Integer> {

    @Option(names = "--user", required = true)
    String user;

    @Option(names = "--id", required = true, description = "The token's number, from 'tokens list'.")
    long id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        boolean revoked = context.getBean(ApiTokens.class).revoke(user, id);
        if (!revoked) {
          spec.commandLine().getErr().println(user + " has no active token " + id);
          return 1;
        }
        spec.commandLine().getOut().println("Token " + id + " revoked");
        return 0;
      }
    }
  }

  @Command(name = "list", description = "List a user's API tokens (never the tokens themselves).")
  static class ListTokens implements Callable<Integer> {

    @Option(names = "--user", required = true)
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        PrintWriter out = spec.commandLine().getOut();
        for (ApiTokens.TokenSummary token : context.getBean(ApiTokens.class).list(user)) {
          out.printf("%d\t%s\t%s\t%s%n", token.id(), token.hint(), token.active() ? "active" : "revoked", token.label());
        }
        return 0;
      }
    }
  }
}
