package org.probatio.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a search result. For a limited-access case the user may not see, only the CRN and
 * the contact for access are filled in.
 */
public record PersonSummary(
    String crn,
    @Nullable String name,
    @Nullable LocalDate dateOfBirth,
    @Nullable String pnc,
    @Nullable String providerCode,
    @Nullable String town,
    @Nullable String limitedAccessContact) {

  public boolean limited() {
    return limitedAccessContact != null;
  }

  PersonSummary withheld(String contact) {
    return new PersonSummary(crn, null, null, null, null, null, contact);
  }
}
