package org.probatio.allocation.bench;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.probatio.allocation.policy.Gender;
import org.probatio.allocation.policy.Need;
import org.probatio.allocation.policy.NeedSeverity;
import org.probatio.allocation.policy.RoshLevel;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierAssessment;
import org.probatio.allocation.policy.TierInput;
import org.probatio.allocation.policy.TierModelV2;

/**
 * Nanoseconds per V2 tier, with its explanation, over a pre-generated, varied set of cases.
 *
 * <p>{@code ./mvnw -Pbench test-compile exec:exec -Dbench.args="TierBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TierBenchmark {

  private static final int CASES = 4096;
  private static final String[] CODES = {"RMDO", "ALSH", "RVLN", "RCCO", "RCPR", "RCHD", "RPIR", "RVAD", "STRG", "RTAO", "IIOM",
      "ADVP", "WEAP", "PRC"};

  private TierInput[] cases;
  private int next;

  @Setup
  public void generate() {
    Random random = new Random(7);
    cases = new TierInput[CASES];
    for (int i = 0; i < CASES; i++) {
      Map<Need, NeedSeverity> needs = new EnumMap<>(Need.class);
      for (Need need : Need.values()) {
        needs.put(need, NeedSeverity.values()[random.nextInt(3)]);
      }
      Set<String> codes = new HashSet<>();
      for (int code = random.nextInt(4); code > 0; code--) {
        codes.add(CODES[random.nextInt(CODES.length)]);
      }
      RoshLevel[] levels = RoshLevel.values();
      cases[i] = new TierInput(random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
          random.nextInt(10) == 0 ? null : Math.round(random.nextDouble() * 3000) / 100.0,
          random.nextInt(5) == 0 ? null : levels[random.nextInt(levels.length)],
          random.nextInt(2) == 0 ? null : random.nextInt(4), codes, random.nextInt(5) == 0,
          random.nextInt(10) == 0 ? null : random.nextInt(101), random.nextInt(10) != 0,
          random.nextInt(7) == 0 ? null : new TierAssessment(needs, random.nextBoolean(), random.nextInt(3), random.nextInt(3)),
          random.nextInt(20) == 0);
    }
  }

  @Benchmark
  public Tier tier() {
    next = (next + 1) & (CASES - 1);
    return TierModelV2.calculate(cases[next]);
  }
}
