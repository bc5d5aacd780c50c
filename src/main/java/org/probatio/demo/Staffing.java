package org.probatio.demo;

/**
 * How many staff a generated region has for its number of people. A demo region is staffed
 * thinly, so every demo practitioner has a caseload worth looking at; from national scale the
 * real ratio applies, about 14.7 people per member of staff (250,000 people, about 17,000 staff).
 */
enum Staffing {
  //       from people   people per member of staff
  DEMO(0, 50.0),
  NATIONAL(100_000, 14.7);

  private final int fromPeople;
  private final double peoplePerStaffMember;

  Staffing(int fromPeople, double peoplePerStaffMember) {
    this.fromPeople = fromPeople;
    this.peoplePerStaffMember = peoplePerStaffMember;
  }

  static Staffing forRegionOf(int people) {
    Staffing rule = DEMO;
    for (Staffing candidate : values()) {
      if (people >= candidate.fromPeople) {
        rule = candidate;
      }
    }
    return rule;
  }

  /** Staff before each grade's minimum is applied: see {@link StaffMix}. */
  static int staffFor(int people) {
    return (int) Math.round(people / forRegionOf(people).peoplePerStaffMember);
  }
}
