package org.probatio.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.insights.CaseList;
import org.probatio.insights.Measure;
import org.probatio.people.PersonSummary;

class DashboardCsvTest {

  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Yes|Yes",
      "Preston Magistrates' Court, 3 June 2026|\"Preston Magistrates' Court, 3 June 2026\"",
      "He said \"no\"|\"He said \"\"no\"\"\"",
      "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
      "+44 1234|'+44 1234",
      "-1|'-1",
      "@SUM(A1)|'@SUM(A1)",
      "``|``"})
  void each_cell_is_quoted_when_it_must_be_and_never_read_as_a_formula(String value, String written) {
    assertThat(CasesCsv.cell(value == null ? "" : value)).isEqualTo(written == null ? "" : written);
  }

  @Test
  void the_list_is_a_heading_line_then_one_line_a_case_by_crn_without_names() {
    PersonSummary person = new PersonSummary("A123456", "Robin Courtley", null, null, "N01", null, null);
    PersonSummary withheld = new PersonSummary("B234567", null, null, null, null, null, "Sam Senior");
    CaseList cases = new CaseList(Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY, List.of("Sentenced", "Within one working day"),
        List.of(new CaseList.Row(person, "/people/A123456", List.of("3 June 2026", "Yes")),
            new CaseList.Row(withheld, "/people/B234567", List.of("2 June 2026", "No"))), false);

    assertThat(CasesCsv.of(cases)).isEqualTo("CRN,Sentenced,Within one working day\r\n"
        + "A123456,3 June 2026,Yes\r\nB234567,2 June 2026,No\r\n").doesNotContain("Robin");
  }
}
