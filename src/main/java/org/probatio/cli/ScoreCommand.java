package org.probatio.cli;

import org.probatio.risk.ScoreJson;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.OffenceMappingCsv;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.RiskScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import tools.jackson.core.JsonGenerator;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Score OASys v3 risk predictors (OGRS3, OVP, OGP, OSP/DC, OSP/IIC, SNSV, RSR) in bulk, without a database.",
        "Reads one JSON request a line on standard input (the V1_0 field names) and writes one JSON result a line,",
        "in the same order. A line that cannot be read gives {\"line\":N,\"error\":...}; the exit code is then 1."})
class ScoreCommand extends JsonLinesCommand implements Callable<Integer> {

  @Option(names = "--offences", paramLabel = "FILE",
      description = "An offence-code mapping CSV (default: the bundled mapping by Home Office offence class).")
  @Nullable Path offences;

  @Override
  public Integer call() throws IOException {
    OffenceWeights weights = mapping();
    ScoringRequestReader reader = new ScoringRequestReader(OrderedBatches.JSON_LINES.tokenStreamFactory());
    // Requests without an assessment date are scored as of today, and the date is written out.
    LocalDate today = LocalDate.now();
    ScoreJson output = new ScoreJson(weights.version());
    return answerEachLine(new LineAnswers<RiskScores>() {
      @Override
      public RiskScores answer(byte[] utf8, int offset, int length) {
        return RiskScores.score(reader.read(utf8, offset, length), today, weights);
      }

      @Override
      public void write(JsonGenerator json, RiskScores scores) {
        output.write(json, scores);
      }
    }, "scorer", "scored");
  }

  private OffenceWeights mapping() {
    if (offences == null) {
      return OffenceMappingCsv.bundled();
    }
    try {
      return OffenceMappingCsv.read(offences);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--offences " + offences + ": " + e.getMessage(), e);
    }
  }
}
