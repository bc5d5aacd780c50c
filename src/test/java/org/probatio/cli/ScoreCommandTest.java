package org.probatio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code probatio score}: one output line per input line, malformed lines named, no database. */
class ScoreCommandTest {

  static final String REQUEST = "{\"gender\":\"MALE\",\"dateOfBirth\":\"1980-03-01\",\"assessmentDate\":\"2025-01-01\","
      + "\"dateOfCurrentConviction\":\"2013-06-01\",\"dateAtStartOfFollowupCalculated\":\"2015-06-02\","
      + "\"totalNumberOfSanctionsForAllOffences\":2,\"ageAtFirstSanction\":32,\"currentOffenceCode\":\"00832\","
      + "\"someFieldProbatioDoesNotUse\":\"ignored\"}";

  final StringWriter err = new StringWriter();
  List<String> output;

  int run(String input, String... args) {
    JsonLinesRun run = JsonLinesRun.of(new ScoreCommand(), input, args);
    output = run.output();
    err.write(run.err());
    return run.exitCode();
  }


  @Test
  void writes_a_line_for_every_line_read_naming_the_line_and_field_of_each_malformed_one() {
    int exitCode = run(String.join("\n", REQUEST, "{not json", "{\"totalNumberOfSanctionsForAllOffences\":\"two\"}",
        "{\"gender\":\"UNKNOWN\"}", REQUEST) + "\n");

    assertThat(exitCode).isEqualTo(1);
    assertThat(output).hasSize(5);
    assertThat(output.get(0)).startsWith("{\"modelVersion\":\"OASYS_V3_V1_0\",\"offenceMapping\":\"default-offence-classes.csv")
        .contains("\"assessmentDate\":\"2025-01-01\"").contains("\"ogrs3\":{\"band\":\"LOW\",\"oneYearScore\":16");
    assertThat(output.get(1)).startsWith("{\"line\":2,\"error\":\"not valid JSON");
    assertThat(output.get(2)).startsWith("{\"line\":3,\"error\":\"field totalNumberOfSanctionsForAllOffences");
    assertThat(output.get(3)).startsWith("{\"line\":4,\"error\":\"field gender");
    assertThat(output.get(4)).isEqualTo(output.get(0));
    assertThat(err.toString()).contains("Read 5 lines: 2 scored, 3 malformed");
  }

  @Test
  void fields_are_read_whatever_their_order_even_when_lines_change_order_from_one_to_the_next() {
    String reversed = "{\"someFieldProbatioDoesNotUse\":[1,{\"a\":2}],\"currentOffenceCode\":\"00832\","
        + "\"ageAtFirstSanction\":32,\"totalNumberOfSanctionsForAllOffences\":2,"
        + "\"dateAtStartOfFollowupCalculated\":\"2015-06-02\",\"dateOfCurrentConviction\":\"2013-06-01\","
        + "\"assessmentDate\":\"2025-01-01\",\"dateOfBirth\":\"1980-03-01\",\"gender\":\"MALE\"}";
    String withoutAge = REQUEST.replace("\"ageAtFirstSanction\":32,", "");
    // the record's last field, then more: the guess after the last field must still move on
    String lastFieldFirst = REQUEST.replace("{", "{\"snsvStaticOrDynamic\": \"DYNAMIC\", \"version\": \"V1_0\",");

    assertThat(run(String.join("\n", REQUEST, reversed, REQUEST, withoutAge, reversed, REQUEST, lastFieldFirst) + "\n"))
        .isZero();

    assertThat(output).hasSize(7);
    assertThat(List.of(output.get(1), output.get(2), output.get(4), output.get(5))).allMatch(output.get(0)::equals);
    assertThat(output.get(6)).contains("\"ogrs3\":{\"band\":\"LOW\",\"oneYearScore\":16");
    assertThat(output.get(3)).isNotEqualTo(output.get(0)).contains("MISSING_MANDATORY_INPUT", "ageAtFirstSanction");
  }

  @Test
  void keeps_input_order_across_batches_and_numbers_lines_as_the_file_does_counting_blank_ones() {
    StringBuilder input = new StringBuilder();
    for (int line = 1; line <= 1500; line++) {
      input.append(line == 1000 ? "[]" : line == 10 ? "  " : REQUEST.replace("\"ageAtFirstSanction\":32",
          "\"ageAtFirstSanction\":" + (line % 30))).append('\n');
    }

    assertThat(run(input.toString())).isEqualTo(1);

    assertThat(output).hasSize(1499);
    assertThat(output.get(998)).isEqualTo("{\"line\":1000,\"error\":\"a request must be a JSON object\"}");
    assertThat(output.get(0)).isNotEqualTo(output.get(1));
    assertThat(output.get(29)).isEqualTo(output.get(0));
  }

  @Test
  void exits_0_when_every_line_is_scored_and_reports_every_predictor() {
    assertThat(run(REQUEST + "\n" + REQUEST + "\n")).isZero();

    assertThat(output).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"ovp\":{", "\"ogp\":{", "\"ospDc\":{",
        "\"ospIic\":{", "\"snsv\":{", "\"rsr\":{", "\"errors\":[{\"type\":\"MISSING_MANDATORY_INPUT\",\"fields\":["));
  }

  @Test
  void reads_a_given_mapping_and_refuses_an_unreadable_or_invalid_one_as_bad_usage(@TempDir Path dir) throws Exception {
    Path mapping = dir.resolve("mapping.csv");
    Files.writeString(mapping, "offence_code,ho_category,ho_subcategory,ogrs3_weight,ogrs3_category,ogrs3_error,snsv_static,"
        + "snsv_dynamic,snsv_category,snsv_vatp_static,snsv_vatp_dynamic,vatp_category,opd_viol_sex\n"
        + "00832,8,32,-0.0607,Other offence,,0.1,0.2,O,0,0,O,False\n");
    Path invalid = dir.resolve("invalid.csv");
    Files.writeString(invalid, "code\n1\n");

    assertThat(run(REQUEST + "\n", "--offences", mapping.toString())).isZero();
    assertThat(output.get(0)).contains("\"offenceMapping\":\"mapping.csv sha256:").contains("\"oneYearScore\":15");
    assertThat(run(REQUEST + "\n", "--offences", dir.resolve("absent.csv").toString())).isEqualTo(2);
    assertThat(run(REQUEST + "\n", "--offences", invalid.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("invalid.csv is not a valid offence mapping");
  }

  @Test
  void scoring_starts_no_database(@TempDir Path dataDir) {
    String before = System.getProperty("probatio.data-dir");
    System.setProperty("probatio.data-dir", dataDir.toString());
    try {
      assertThat(run(REQUEST + "\n")).isZero();
    } finally {
      if (before == null) {
        System.clearProperty("probatio.data-dir");
      } else {
        System.setProperty("probatio.data-dir", before);
      }
    }
    assertThat(output).hasSize(1);
    assertThat(dataDir).as("no embedded PostgreSQL was started").isEmptyDirectory();
  }
}
