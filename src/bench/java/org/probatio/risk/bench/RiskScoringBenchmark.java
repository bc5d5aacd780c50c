package org.probatio.risk.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.probatio.risk.OffenceMappingCsv;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.Ogrs3;
import org.probatio.risk.scoring.Ogrs3Result;
import org.probatio.risk.scoring.OspDc;
import org.probatio.risk.scoring.OspDcResult;
import org.probatio.risk.scoring.OspIic;
import org.probatio.risk.scoring.OspIicResult;
import org.probatio.risk.scoring.Rsr;
import org.probatio.risk.scoring.RsrResult;
import org.probatio.risk.scoring.ScoringRequest;
import org.probatio.risk.scoring.Snsv;
import org.probatio.risk.scoring.SnsvResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nanoseconds per score over a pre-generated, varied set of requests.
 *
 * <p>{@code ./mvnw -Pbench test-compile exec:exec}, or with JMH options:
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args="RiskScoringBenchmark -f 2 -i 10"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RiskScoringBenchmark {

  private static final int REQUESTS = 4096;

  private ScoringRequest[] requests;
  private OffenceWeights weights;
  private LocalDate today;
  private int next;

  @Setup
  public void generate() {
    JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    RequestLines lines = new RequestLines(7);
    requests = new ScoringRequest[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      requests[i] = json.readValue(lines.next(), ScoringRequest.class);
    }
    weights = OffenceMappingCsv.bundled();
    today = LocalDate.of(2026, 1, 1);
  }

  private ScoringRequest nextRequest() {
    next = (next + 1) & (REQUESTS - 1);
    return requests[next];
  }

  @Benchmark
  public Ogrs3Result ogrs3() {
    return Ogrs3.score(nextRequest(), weights);
  }

  /** RSR with its components: SNSV (dynamic when answered), OSP/DC and OSP/IIC. */
  @Benchmark
  public RsrResult rsr() {
    ScoringRequest request = nextRequest();
    LocalDate assessed = request.assessmentDateOr(today);
    SnsvResult snsv = Snsv.score(request, assessed, weights);
    OspDcResult ospDc = OspDc.score(request, assessed);
    OspIicResult ospIic = OspIic.score(request);
    return Rsr.combine(request, snsv, ospDc, ospIic);
  }

  /** A short run unless JMH options are given: 3 warm-up and 5 measured iterations of 1 s, one fork. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options = args.length > 0 ? new CommandLineOptions(args) : new OptionsBuilder()
        .include(RiskScoringBenchmark.class.getSimpleName())
        .warmupIterations(3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(5).measurementTime(TimeValue.seconds(1)).forks(1).build();
    new Runner(options).run();
  }
}
