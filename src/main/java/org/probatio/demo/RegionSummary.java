package org.probatio.demo;

import org.jspecify.annotations.Nullable;

/**
 * What a generated region holds, for the summary at the end of a run. The court episodes and
 * allocations are counted only when they are loaded into a database.
 */
public record RegionSummary(int providers, int deliveryUnits, int teams, int staff, long people, long aliases,
    long addresses, long limitedAccessCases, @Nullable CaseCounts cases) {

  public RegionSummary withCases(CaseCounts counts) {
    return new RegionSummary(providers, deliveryUnits, teams, staff, people, aliases, addresses, limitedAccessCases,
        counts);
  }

  public String describe() {
    return String.join(", ", count(providers, "provider"), count(deliveryUnits, "delivery unit"), count(teams, "team"),
        String.format("%,d staff", staff)) + " and " + count(people, "person", "people")
        + " (" + String.join(", ", count(aliases, "alias", "aliases"), count(addresses, "address", "addresses"),
        count(limitedAccessCases, "limited-access case")) + ")" + (cases == null ? "" : "; " + cases.describe());
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return String.format("%,d %s", n, n == 1 ? one : many);
  }
}
