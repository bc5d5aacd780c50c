package org.probatio.court.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The repeated rows of a form, such as charges or requirements, typed as side-by-side lists. Blank
 * rows are left out, so the service's {@code charges[1]} may be the page's third row: this maps each
 * of the service's fields back to the input on the page, named {@code <column>-<row>}.
 */
final class RepeatedRows {

  private final String list;
  private final String firstColumn;
  private final Pattern item;
  private final List<Integer> filled = new ArrayList<>();

  /** @param columns each column's typed values, the first column's name first */
  RepeatedRows(String list, int rows, List<String> names, List<@Nullable List<String>> columns) {
    this.list = list;
    this.firstColumn = names.get(0);
    this.item = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]\\.(" + String.join("|", names) + ")");
    for (int row = 0; row < rows; row++) {
      int r = row;
      if (columns.stream().anyMatch(column -> CourtForms.blankToNull(CourtForms.at(column, r)) != null)) {
        filled.add(row);
      }
    }
  }

  /** The page rows that have something typed in them, in order. */
  List<Integer> filled() {
    return filled;
  }

  /** The page's field for one of the service's: a row's input, or the field itself. */
  String field(String field) {
    Matcher m = item.matcher(field);
    if (!m.matches()) {
      return field;
    }
    int index = Integer.parseInt(m.group(1));
    return m.group(2) + "-" + (index < filled.size() ? filled.get(index) : 0);
  }

  /** Where the error summary links for a field: a row's input, the first row for the whole list, or the field. */
  String anchor(String field) {
    return field.equals(list) ? firstColumn + "-0" : field(field);
  }
}
