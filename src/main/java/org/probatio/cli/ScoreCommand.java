package org.probatio.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.OffenceMappingCsv;
import org.probatio.risk.scoring.OffenceWeights;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ScoringRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Score OASys v3 risk predictors (OGRS3, OVP, OGP, OSP/DC, OSP/IIC, SNSV, RSR) in bulk, without a database.",
        "Reads one JSON request a line on standard input (the V1_0 field names) and writes one JSON result a line,",
        "in the same order. A line that cannot be read gives {\"line\":N,\"error\":...}; the exit code is then 1."})
class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--offences", paramLabel = "FILE",
      description = "An offence-code mapping CSV (default: the bundled mapping by Home Office offence class).")
  @Nullable Path offences;

  InputStream in = System.in;
  OutputStream out = System.out;

  @Override
  public Integer call() throws IOException {
    OffenceWeights weights = mapping();
    JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().rootValueSeparator((String) null).build())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    ObjectReader reader = mapper.readerFor(ScoringRequest.class);
    // Requests without an assessment date are scored as of today, and the date is written out.
    LocalDate today = LocalDate.now();
    long started = System.nanoTime();
    long lines = 0;
    long malformed = 0;
    BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Writer output = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try (JsonGenerator json = mapper.createGenerator(output)) {
      for (String line = input.readLine(); line != null; line = input.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        ScoringRequest request;
        try {
          request = reader.readValue(line);
        } catch (JacksonException e) {
          malformed++;
          ScoreJson.writeMalformed(json, lines, e);
          continue;
        }
        ScoreJson.write(json, RiskScores.score(request, today, weights));
      }
      json.flush();
    }
    report(lines, malformed, System.nanoTime() - started);
    return malformed > 0 ? 1 : 0;
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

  private void report(long lines, long malformed, long nanos) {
    PrintWriter err = spec.commandLine().getErr();
    double seconds = nanos / 1e9;
    err.printf("Read %,d lines: %,d scored, %,d malformed, in %.2f s (%,.0f lines/s)%n", lines, lines - malformed, malformed,
        seconds, seconds > 0 ? lines / seconds : 0.0);
    err.flush();
  }
}
