package org.probatio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code probatio tier}: one tier line per input line, in order, malformed lines named, no database. */
class TierCommandTest {

  /** RSR 23 (20) and RMDO (2): B; OGRS 21 (2), attitudes severe (4), accommodation standard (1), IIOM (2): 9, 1. */
  static final String CASE = "{\"gender\":\"MALE\",\"rsr\":23.0,\"rosh\":null,\"mappaLevel\":null,\"registrations\":[\"RMDO\","
      + "\"IIOM\",\"RMDO\"],\"previousEnforcementActivity\":false,\"ogrs\":21,\"mandateForChange\":true,\"assessment\":"
      + "{\"needs\":{\"ATTITUDES\":\"SEVERE\",\"ACCOMMODATION\":\"STANDARD\"},\"parenting\":false,\"impulsivity\":0,"
      + "\"temperControl\":0},\"unsupervised\":true,\"someFieldProbatioDoesNotUse\":[1,{\"a\":2}]}";
  static final String TIERED = "{\"tier\":\"B1S\",\"protect\":{\"level\":\"B\",\"points\":22},\"change\":{\"level\":1,\"points\":9}}";

  final StringWriter err = new StringWriter();
  List<String> output;

  int run(String input) {
    JsonLinesRun run = JsonLinesRun.of(new TierCommand(), input);
    output = run.output();
    err.write(run.err());
    return run.exitCode();
  }


  @Test
  void writes_the_tier_and_each_axis_for_a_case_and_exits_0() {
    assertThat(run(CASE + "\n")).isZero();

    assertThat(output).containsExactly(TIERED);
    assertThat(err.toString()).contains("Read 1 lines: 1 tiered, 0 malformed");
  }

  @Test
  void reads_a_minimal_case_with_only_the_required_fields() {
    assertThat(run("{\"gender\":\"FEMALE\",\"mandateForChange\":false}")).isZero();

    assertThat(output).containsExactly("{\"tier\":\"D0\",\"protect\":{\"level\":\"D\",\"points\":0},\"change\":{\"level\":0,"
        + "\"points\":0}}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {not json                                                     | not valid JSON
      []                                                            | a request must be a JSON object
      {"gender":"MALE","mandateForChange":true} {}                  | more than one JSON value on the line
      {"mandateForChange":true}                                     | field gender: required
      {"gender":"MALE"}                                             | field mandateForChange: required
      {"gender":"UNKNOWN","mandateForChange":true}                  | field gender: 'UNKNOWN' is not one of [MALE, FEMALE]
      {"gender":"MALE","mandateForChange":"yes"}                    | field mandateForChange: expected true or false, not yes
      {"gender":"MALE","mandateForChange":true,"rsr":"high"}         | field rsr: expected a number, not high
      {"gender":"MALE","mandateForChange":true,"rsr":-1}            | field rsr must be a percentage of 0 or more, not -1.0
      {"gender":"MALE","mandateForChange":true,"rosh":"SEVERE"}     | field rosh: 'SEVERE' is not one of [VERY_HIGH, HIGH, MEDIUM, LOW]
      {"gender":"MALE","mandateForChange":true,"mappaLevel":4}      | field mappaLevel must be from 0 to 3, not 4
      {"gender":"MALE","mandateForChange":true,"mappaLevel":1.5}    | field mappaLevel: expected a whole number, not 1.5
      {"gender":"MALE","mandateForChange":true,"ogrs":101}          | field ogrs must be from 0 to 100, not 101
      {"gender":"MALE","mandateForChange":true,"registrations":"RMDO"} | field registrations: expected a list of register codes
      {"gender":"MALE","mandateForChange":true,"registrations":[7]} | field registrations: expected register codes as text, not 7
      {"gender":"MALE","mandateForChange":true,"assessment":[]}     | field assessment: expected an object or null
      {"gender":"MALE","mandateForChange":true,"assessment":{"impulsivity":3}} | field assessment.impulsivity must be from 0 to 2, not 3
      {"gender":"MALE","mandateForChange":true,"assessment":{"needs":{"HOUSING":"SEVERE"}}} | field assessment.needs: 'HOUSING' is not one of
      {"gender":"MALE","mandateForChange":true,"assessment":{"needs":{"ATTITUDES":"HIGH"}}} | field assessment.needs.ATTITUDES: 'HIGH' is not one of [NO_NEED, STANDARD, SEVERE]
      """)
  void a_malformed_line_gets_an_error_naming_its_line_and_field_and_the_batch_goes_on(String line, String error) {
    assertThat(run(String.join("\n", CASE, line, CASE))).isEqualTo(1);

    assertThat(output).hasSize(3);
    assertThat(output.get(0)).isEqualTo(TIERED);
    assertThat(output.get(1)).startsWith("{\"line\":2,\"error\":\"" + error.replace("\"", "\\\""));
    assertThat(output.get(2)).isEqualTo(TIERED);
    assertThat(err.toString()).contains("Read 3 lines: 2 tiered, 1 malformed");
  }

  @Test
  void keeps_input_order_across_batches_and_numbers_lines_as_the_file_does_counting_blank_ones() {
    StringBuilder input = new StringBuilder();
    for (int line = 1; line <= 1500; line++) {
      String tierCase = "{\"gender\":\"MALE\",\"mandateForChange\":true,\"assessment\":{},\"ogrs\":" + (line % 101) + "}";
      input.append(line == 1000 ? "{\"gender\":\"MALE\"}" : line == 10 ? "  " : tierCase).append('\n');
    }

    assertThat(run(input.toString())).isEqualTo(1);

    assertThat(output).hasSize(1499);
    assertThat(output.get(998)).isEqualTo("{\"line\":1000,\"error\":\"field mandateForChange: required, true or false\"}");
    for (int i = 0; i < output.size(); i++) {
      int line = i < 9 ? i + 1 : i + 2;
      if (line != 1000) {
        int points = (line % 101) / 10;
        assertThat(output.get(i)).as("line %d", line).endsWith("\"change\":{\"level\":" + (points >= 10 ? 2 : 1)
            + ",\"points\":" + points + "}}");
      }
    }
  }

  @Test
  void the_tier_command_is_registered() {
    assertThat(ProbatioCommand.commandLine().getSubcommands()).containsKey("tier");
  }
}
