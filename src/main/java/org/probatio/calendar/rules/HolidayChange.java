package org.probatio.calendar.rules;

import java.time.LocalDate;

/**
 * A one-off change to the bank holidays the rules give. A holiday moved to another date is two
 * changes: the rule's date removed, and the new date added.
 */
public sealed interface HolidayChange {

  LocalDate date();

  String reason();

  /** An extra bank holiday, or the new date of a moved one. */
  record Added(LocalDate date, String name, String reason) implements HolidayChange {}

  /** A date the rules make a bank holiday that is not one that year. */
  record Removed(LocalDate date, String reason) implements HolidayChange {}
}
