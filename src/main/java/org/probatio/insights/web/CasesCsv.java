package org.probatio.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.probatio.insights.CaseList;

/**
 * The cases behind a figure as CSV (RFC 4180): the CRN, then each column of the list; no names. A
 * cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class CasesCsv {

  private CasesCsv() {}

  static String of(CaseList cases) {
    StringBuilder csv = new StringBuilder();
    List<String> headings = new ArrayList<>();
    headings.add("CRN");
    headings.addAll(cases.headings());
    line(csv, headings);
    for (CaseList.Row row : cases.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.person().crn());
      cells.addAll(row.cells());
      line(csv, cells);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(cells.stream().map(CasesCsv::cell).collect(Collectors.joining(","))).append("\r\n");
  }

  static String cell(String value) {
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
