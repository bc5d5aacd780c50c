package org.probatio.demo;

import org.jspecify.annotations.Nullable;
import org.probatio.people.Crn;
import org.probatio.people.PersonDetails;
import org.probatio.people.PersonToLoad;

/**
 * One generated person: the record, the provider and practitioner responsible, and for a
 * limited-access case whom to contact and who is kept out.
 */
public record GeneratedPerson(
    int index,
    PersonDetails details,
    String providerCode,
    String responsibleOfficerCode,
    @Nullable LimitedAccessCase limitedAccess) implements PersonToLoad {

  public record LimitedAccessCase(String contact, String reason, String excludedUsername) {}

  /** The CRN this person is given when the region is loaded into an empty database. */
  public Crn crnInEmptyDatabase() {
    return Crn.fromSequence(index + 1L);
  }
}
