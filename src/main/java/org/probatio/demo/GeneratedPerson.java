package org.probatio.demo;

import org.jspecify.annotations.Nullable;
import org.probatio.people.Crn;
import org.probatio.people.PersonDetails;
import org.probatio.people.PersonToLoad;
import org.probatio.workforce.StaffMember;

/**
 * One generated person: the record, the provider responsible, the practitioner of their case (none
 * while they have no case with a practitioner), and for a limited-access case whom to contact and who
 * is kept out.
 */
public record GeneratedPerson(
    int index,
    PersonDetails details,
    String providerCode,
    @Nullable String responsibleOfficerCode,
    @Nullable LimitedAccessCase limitedAccess) implements PersonToLoad {

  public record LimitedAccessCase(String contact, String reason, String excludedUsername) {}

  /**
   * The same person with this responsible officer; for a limited-access case the officer is the one to
   * contact (without one, whoever was named as drawn).
   */
  GeneratedPerson withResponsibleOfficer(@Nullable StaffMember officer) {
    LimitedAccessCase limited = limitedAccess == null || officer == null ? limitedAccess
        : new LimitedAccessCase(officer.displayName(), limitedAccess.reason(), limitedAccess.excludedUsername());
    return new GeneratedPerson(index, details, providerCode, officer == null ? null : officer.code(), limited);
  }

  /** The CRN this person is given when the region is loaded into an empty database. */
  public Crn crnInEmptyDatabase() {
    return Crn.fromSequence(index + 1L);
  }
}
