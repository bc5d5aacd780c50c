package org.probatio.insights;

import java.util.List;
import org.probatio.people.PersonSummary;

/**
 * The cases behind a figure, as a table: the person, then a cell under each heading. {@code cut} is
 * true when there were more than the list shows.
 */
public record CaseList(Measure measure, List<String> headings, List<Row> rows, boolean cut) {

  /** A case: the person as the user may see them, the page about it, and the details under each heading. */
  public record Row(PersonSummary person, String link, List<String> cells) {}

  public CaseList {
    headings = List.copyOf(headings);
    rows = List.copyOf(rows);
  }
}
