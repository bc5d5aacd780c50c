package org.probatio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code probatio generate --policy}: which model of probation the region is organised under. */
class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void a_policy_other_than_the_two_is_a_usage_error_naming_them() {
    CommandRun run = CommandRun.of("generate", "--people", "10", "--seed", "1", "--policy", "UNIFIED-2020",
        "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--policy", "'UNIFIED-2020'", "use TR-2014 or UNIFIED-2021");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void unified_csv_files_hold_one_probation_service_region_employing_and_holding_everyone() throws IOException {
    CommandRun run = CommandRun.of("generate", "--people", "300", "--seed", "7", "--as-of", "2026-06-01",
        "--policy", "UNIFIED-2021", "--out", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Generated a UNIFIED-2021 region: 1 provider, ");
    List<String> providers = lines("providers.csv");
    assertThat(providers).hasSize(2);
    assertThat(providers.get(1)).matches("R0[1-3],Probation Service [A-Za-z ]+,UNIFIED_REGION");
    String region = providers.get(1).substring(0, 3);
    assertThat(lines("delivery_units.csv").stream().skip(1)).isNotEmpty()
        .allSatisfy(line -> assertThat(line).endsWith("," + region));
    assertThat(lines("staff.csv").stream().skip(1)).isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("," + region + ","));
    assertThat(lines("people.csv").stream().skip(1)).hasSize(300)
        .allSatisfy(line -> assertThat(line).contains("," + region + ","));
  }

  @Test
  void without_a_policy_the_csv_region_is_transforming_rehabilitations() throws IOException {
    CommandRun run = CommandRun.of("generate", "--people", "300", "--seed", "7", "--as-of", "2026-06-01",
        "--out", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Generated a TR-2014 region: ");
    List<String> providers = lines("providers.csv");
    assertThat(providers.get(1)).endsWith(",NPS_DIVISION");
    assertThat(providers.subList(2, providers.size())).isNotEmpty()
        .allSatisfy(line -> assertThat(line).endsWith(",CRC"));
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
  }
}
