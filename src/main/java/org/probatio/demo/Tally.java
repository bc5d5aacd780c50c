package org.probatio.demo;

import org.probatio.workforce.Organisation;

/** Counts people as they stream past, for the {@link RegionSummary}. */
final class Tally {

  private long people;
  private long aliases;
  private long addresses;
  private long limitedAccessCases;

  void count(GeneratedPerson person) {
    people++;
    aliases += person.details().aliases().size();
    addresses += person.details().address() == null ? 0 : 1;
    limitedAccessCases += person.limitedAccess() == null ? 0 : 1;
  }

  long people() {
    return people;
  }

  RegionSummary summary(RegionGenerator region) {
    Organisation organisation = region.organisation();
    return new RegionSummary(organisation.providers().size(), organisation.deliveryUnits().size(),
        organisation.teams().size(), organisation.staff().size(), region.reductions().size(), people, aliases,
        addresses, limitedAccessCases, null, null);
  }
}
