package org.probatio.people;

/** The result of opening a record by CRN. */
public sealed interface Lookup {

  record Found(Person person) implements Lookup {}

  /** A limited-access case this user may not see: only that it exists and whom to ask. */
  record Withheld(String crn, String contact) implements Lookup {}

  /** No such record, or one held by a provider this user does not work for. */
  record NotFound() implements Lookup {}
}
