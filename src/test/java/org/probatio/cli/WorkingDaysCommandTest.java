package org.probatio.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code probatio working-days add} and {@code list}: the built-in calendar, no database. */
class WorkingDaysCommandTest {

  @ParameterizedTest(name = "add {0} {1} prints {2}")
  @CsvSource({"2026-05-01, 1, 2026-05-05", "2026-05-01, 0, 2026-05-01", "2026-05-05, -1, 2026-05-01",
      "2022-06-01, 1, 2022-06-06", "2026-12-24, 3, 2026-12-31"})
  void add_prints_the_date_that_many_working_days_later(String date, String days, String expected) {
    CommandRun run = CommandRun.of("working-days", "add", date, days);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void list_prints_the_years_bank_holidays_one_a_line_in_iso_format() {
    CommandRun run = CommandRun.of("working-days", "list", "2022");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).containsExactly("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
        "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27");
  }

  @Test
  void list_with_names_follows_each_date_with_a_tab_and_the_name() {
    CommandRun run = CommandRun.of("working-days", "list", "2023", "--names");

    assertThat(run.out().lines()).hasSize(9).contains("2023-05-08\tBank holiday for the coronation of King Charles III",
        "2023-01-02\tNew Year’s Day");
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "add 2026-02-30 1    | '2026-02-30' is not a real date written as YYYY-MM-DD, like 2026-06-01",
      "add 1/5/2026 1      | '1/5/2026' is not a real date written as YYYY-MM-DD",
      "add 2026-05-01 two  | 'two' is not an int",
      "add 2026-05-01      | Missing required parameter: 'N'",
      "add 1999-12-31 1    | 1999-12-31 is outside the years the calendar covers, 2000 to 2099",
      "add 2099-12-30 5    | 5 working days after 2099-12-30 is outside the years the calendar covers, 2000 to 2099",
      "list 1999           | YEAR must be from 2000 to 2099, not 1999",
      "list 2100           | YEAR must be from 2000 to 2099, not 2100",
      "list twenty         | 'twenty' is not an int",
      "list                | Missing required parameter: 'YEAR'"})
  void bad_input_is_a_usage_error_with_a_clear_message_and_no_stack_trace(String args, String message) {
    CommandRun run = CommandRun.of(("working-days " + args).split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void the_help_says_it_uses_no_database_and_leaves_out_administrators_changes() {
    CommandRun run = CommandRun.of("working-days", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("starts no database", "not included", "add", "list");
  }

  @Test
  void neither_command_starts_a_database(@TempDir Path dataDir) {
    String before = System.setProperty("probatio.data-dir", dataDir.toString());
    try {
      assertThat(CommandRun.of("working-days", "add", "2026-05-01", "10").exitCode()).isZero();
      assertThat(CommandRun.of("working-days", "list", "2026").exitCode()).isZero();
    } finally {
      System.getProperties().compute("probatio.data-dir", (key, value) -> before);
    }
    assertThat(dataDir).as("no embedded PostgreSQL was started").isEmptyDirectory();
    noClasses().that().haveSimpleNameStartingWith("WorkingDaysCommand")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .orShould().dependOnClassesThat().haveSimpleName("WorkingDayCalendar")
        .check(new ClassFileImporter().importPackages("org.probatio.cli"));
  }
}
