package org.probatio.workforce;

import java.util.List;

/** One page of a staff list, and how many staff the whole list has. */
public record StaffPage(List<StaffRecord> staff, int page, int size, long total) {

  public int pages() {
    return (int) ((total + size - 1) / size);
  }
}
