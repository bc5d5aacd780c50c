package org.probatio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.Allocations;
import org.probatio.demo.DemoRegionLoad;
import org.probatio.demo.DemoRegionLoad.Outcome;
import org.probatio.demo.RegionCsv;
import org.probatio.demo.RegionGenerator;
import org.probatio.demo.RegionModel;
import org.probatio.demo.RegionSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Generate a synthetic probation region: providers, delivery units, teams, staff and people.",
        "The same number of people, seed, as-of date and policy always give the same region.",
        "Into the database, it also loads the staff's workload reductions, each person's risk, latest court episode",
        "(hearing, report, partner checks, sentence), its allocation and handover and the practitioner holding the",
        "case, every tier and every practitioner's workload figure, and creates the demo users, with passwords nobody",
        "knows until demo mode resets them. CSV files hold the organisation, its reductions and the people only."})
class GenerateCommand implements Callable<Integer> {

  private static final long PROGRESS_EVERY = 25_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--people", required = true, paramLabel = "N",
      description = "How many people to generate, from 1 to 1,000,000.")
  int people;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Any whole number; the same seed gives the same region.")
  long seed;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "The date the region is as of (default: today), from 2002-07-01 to 2099-12-01.")
  @Nullable LocalDate asOf;

  @Option(names = "--policy", paramLabel = "VERSION", converter = PolicyVersion.class,
      description = "The allocation policy the region is organised for and its decisions made by: TR-2014 (an NPS"
          + " division and one or two CRCs) or UNIFIED-2021 (one Probation Service region). Default: TR-2014 with"
          + " --out; with --into-database, the policy in force (probatio.allocation.policy).")
  @Nullable RegionModel model;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  static class Destination {
    @Option(names = "--out", paramLabel = "DIR", description = "Write CSV files into this directory; no database is used.")
    @Nullable Path out;

    @Option(names = "--into-database", description = "Load the region into the configured database, which must be empty.")
    boolean intoDatabase;
  }

  static class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a real date written as YYYY-MM-DD, like 2026-06-01");
      }
    }
  }

  static class PolicyVersion implements ITypeConverter<RegionModel> {
    @Override
    public RegionModel convert(String value) {
      try {
        return RegionModel.forPolicy(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (people < 1 || people > RegionGenerator.MOST_PEOPLE) {
      throw new ParameterException(spec.commandLine(),
          String.format("--people must be from 1 to %,d, not %,d", RegionGenerator.MOST_PEOPLE, people));
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    if (day.isBefore(RegionGenerator.EARLIEST_AS_OF) || day.isAfter(RegionGenerator.LATEST_AS_OF)) {
      throw new ParameterException(spec.commandLine(), "--as-of must be from " + RegionGenerator.EARLIEST_AS_OF
          + " to " + RegionGenerator.LATEST_AS_OF + ", not " + day);
    }
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    LongConsumer progress = done -> {
      if (done % PROGRESS_EVERY == 0 && done < people) {
        err.printf("%,d of %,d people%n", done, people);
        err.flush();
      }
    };
    DemoRegionLoad.Progress intoDatabase = new DemoRegionLoad.Progress() {
      @Override
      public void peopleLoaded(long done) {
        progress.accept(done);
        if (done == people) {
          err.printf("%,d people loaded; now their risk, court episodes, allocations, handovers, caseloads and tiers%n",
              done);
          err.flush();
        }
      }

      @Override
      public void workingOutFigures() {
        err.printf("Records loaded in %.1f s; now every practitioner's workload figure%n",
            (System.nanoTime() - started) / 1e9);
        err.flush();
      }
    };
    RegionSummary summary;
    RegionGenerator region;
    Path out = destination.out;
    if (out != null) {
      region = new RegionGenerator(people, seed, day, model != null ? model : RegionModel.DEFAULT);
      summary = RegionCsv.write(region, out, progress);
      err.printf("Wrote %s to %s%n", String.join(", ", RegionCsv.FILES), out.toAbsolutePath());
    } else {
      try (ConfigurableApplicationContext context = SpringContexts.withDatabase()) {
        String inForce = context.getBean(Allocations.class).policyVersion();
        region = new RegionGenerator(people, seed, day, model != null ? model : RegionModel.forPolicy(inForce));
        if (!region.model().policyVersion().equals(inForce)) {
          err.printf("The region is organised for %s but the policy in force is %s: serve it with"
              + " --probatio.allocation.policy=%1$s so that new decisions match.%n", region.model().policyVersion(),
              inForce);
        }
        Outcome outcome = context.getBean(DemoRegionLoad.class).load(region, intoDatabase);
        if (outcome instanceof Outcome.Refused refused) {
          err.println("probatio: " + refused.reason());
          return 1;
        }
        summary = ((Outcome.Loaded) outcome).summary();
      }
    }
    err.printf("Generated a %s region: %s in %.1f s%n", region.model().policyVersion(), summary.describe(),
        (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
