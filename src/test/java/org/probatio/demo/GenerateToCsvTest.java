package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probatio.cli.ProbatioCommand;

/** {@code probatio generate --out}: CSV files, no database. */
class GenerateToCsvTest {

  @TempDir
  Path dir;

  @Test
  void writes_every_table_with_a_header_and_a_row_for_each_record() throws IOException {
    int exitCode = ProbatioCommand.execute("generate", "--people", "200", "--seed", "7", "--as-of", "2026-06-01",
        "--out", dir.toString());

    assertThat(exitCode).isZero();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
        .isEqualTo(Set.copyOf(RegionCsv.FILES));
    RegionGenerator region = new RegionGenerator(200, 7, java.time.LocalDate.of(2026, 6, 1));
    List<String> people = lines("people.csv");
    assertThat(people).hasSize(201);
    assertThat(people.get(0)).startsWith("crn,first_name,middle_names,last_name,date_of_birth,gender,pnc,cro,nomis,");
    assertThat(people.get(1)).startsWith("A000001,");
    assertThat(people.get(200)).startsWith("A000200,");
    assertThat(lines("providers.csv")).hasSize(1 + region.organisation().providers().size());
    assertThat(lines("delivery_units.csv")).hasSize(1 + region.organisation().deliveryUnits().size());
    assertThat(lines("teams.csv")).hasSize(1 + region.organisation().teams().size());
    assertThat(lines("staff.csv")).hasSize(1 + region.organisation().staff().size());
    assertThat(lines("reductions.csv")).hasSize(1 + region.reductions().size());
    long aliases = region.people().mapToLong(p -> p.details().aliases().size()).sum();
    long addresses = region.people().filter(p -> p.details().address() != null).count();
    assertThat(lines("aliases.csv")).hasSize(1 + (int) aliases);
    assertThat(lines("addresses.csv")).hasSize(1 + (int) addresses);
  }

  @Test
  void the_same_inputs_write_byte_for_byte_the_same_files_and_another_seed_does_not() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Path other = dir.resolve("other");
    generate(first, "11");
    generate(second, "11");
    generate(other, "12");

    for (String file : RegionCsv.FILES) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    assertThat(Files.readAllBytes(other.resolve("people.csv"))).isNotEqualTo(Files.readAllBytes(first.resolve("people.csv")));
  }

  @Test
  void lines_end_with_crlf_and_every_people_row_has_every_column() throws IOException {
    generate(dir, "3");

    String text = Files.readString(dir.resolve("people.csv"), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
    int columns = text.lines().findFirst().orElseThrow().split(",", -1).length;
    assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(fields(line)).isEqualTo(columns));
  }

  @Test
  void writing_csv_files_starts_no_database(@TempDir Path dataDir) {
    String before = System.getProperty("probatio.data-dir");
    System.setProperty("probatio.data-dir", dataDir.toString());
    try {
      generate(dir, "5");
    } finally {
      if (before == null) {
        System.clearProperty("probatio.data-dir");
      } else {
        System.setProperty("probatio.data-dir", before);
      }
    }
    assertThat(dir.resolve("people.csv")).exists();
    assertThat(dataDir).as("no embedded PostgreSQL was started").isEmptyDirectory();
  }

  @Test
  void refuses_a_region_of_no_people_as_bad_usage() {
    assertThat(ProbatioCommand.execute("generate", "--people", "0", "--seed", "1", "--out", dir.toString())).isEqualTo(2);
    assertThat(ProbatioCommand.execute("generate", "--people", "10", "--seed", "1")).isEqualTo(2);
    assertThat(ProbatioCommand.execute("generate", "--people", "10", "--seed", "1", "--as-of", "2026-02-30",
        "--out", dir.toString())).isEqualTo(2);
    // two years of court days before the as-of day must lie within the calendar's years
    assertThat(ProbatioCommand.execute("generate", "--people", "10", "--seed", "1", "--as-of", "2001-06-01",
        "--out", dir.toString())).isEqualTo(2);
    assertThat(dir).isEmptyDirectory();
  }

  private void generate(Path out, String seed) {
    assertThat(ProbatioCommand.execute("generate", "--people", "300", "--seed", seed, "--as-of", "2026-06-01",
        "--out", out.toString())).isZero();
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
  }

  /** Fields in an RFC 4180 line with no line breaks inside quotes. */
  private static int fields(String line) {
    int count = 1;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        count++;
      }
    }
    return count;
  }
}
