package org.probatio.demo;

import org.jspecify.annotations.Nullable;

/**
 * What a generated region holds, for the summary at the end of a run. The court episodes,
 * allocations and caseloads are counted only when they are loaded into a database.
 */
public record RegionSummary(int providers, int deliveryUnits, int teams, int staff, int reductions, long people,
    long aliases, long addresses, long limitedAccessCases, @Nullable CaseCounts cases, @Nullable Caseloads caseloads) {

  public RegionSummary withCases(CaseCounts counts, Caseloads spread) {
    return new RegionSummary(providers, deliveryUnits, teams, staff, reductions, people, aliases, addresses,
        limitedAccessCases, counts, spread);
  }

  public String describe() {
    return String.join(", ", count(providers, "provider"), count(deliveryUnits, "delivery unit"), count(teams, "team"),
        String.format("%,d staff (%s)", staff, count(reductions, "workload reduction"))) + " and "
        + count(people, "person", "people")
        + " (" + String.join(", ", count(aliases, "alias", "aliases"), count(addresses, "address", "addresses"),
        count(limitedAccessCases, "limited-access case")) + ")" + (cases == null ? "" : "; " + cases.describe())
        + (caseloads == null ? "" : "; " + caseloads.describe());
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return String.format("%,d %s", n, n == 1 ? one : many);
  }
}
