package org.probatio.people;

import java.util.List;

/** One page of search results. */
public record SearchPage(String query, SearchQuery.Kind kind, List<PersonSummary> people, int page, int size, long total) {

  public int pages() {
    return (int) ((total + size - 1) / size);
  }
}
