package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import java.util.List;
import org.probatio.workload.ReallocationReason;

/**
 * How the cases of a generated region are shared among practitioners: rough shapes from the
 * inspectors' findings on caseloads (a long tail, PSOs holding the most cases where the cases are lower
 * risk, as in CRCs), not statistics to rely on. Shares are of the cases given to a provider.
 */
final class CaseloadMix {

  private CaseloadMix() {}

  /**
   * How unevenly cases are shared beyond grade, hours and reductions: each practitioner's share is
   * multiplied by e to the power of this times a normal draw, kept between the least and most, so a few
   * carry far more than most.
   */
  static final double SPREAD = 0.5;
  static final double LEAST_SPREAD = 0.3;
  static final double MOST_SPREAD = 3.0;

  /**
   * Cases the grade rules let a PSO hold that go to a PSO: most, as PSOs hold the lower-risk cases, and so
   * more cases each than probation officers, whose cases count more points.
   */
  static final double PSO_TAKES = 0.8;

  /** Working days from a case reaching its provider to its practitioner: mostly the next day. */
  static final Weighted<Integer> ALLOCATION_LAG = Weighted.of(choice(0, 30), choice(1, 50), choice(2, 20));

  /** Cases moved from one practitioner to another for a reason other than a new starter or sickness. */
  static final double REALLOCATED = 0.04;
  static final Weighted<ReallocationReason> REALLOCATION_REASON = Weighted.of(
      choice(ReallocationReason.CASELOAD_ADJUSTMENT, 40),
      choice(ReallocationReason.CHANGE_OF_ADDRESS, 25),
      choice(ReallocationReason.CHANGE_IN_TIER_OR_RISK, 20),
      choice(ReallocationReason.RISK_TO_STAFF, 5),
      choice(ReallocationReason.OTHER, 10));

  /** What the senior practitioner wrote about a reallocation for each reason. */
  static String details(ReallocationReason reason) {
    return switch (reason) {
      case CASELOAD_ADJUSTMENT -> "Moved to balance the team's caseloads";
      case CHANGE_OF_ADDRESS -> "Moved to the team that covers the new address";
      case CHANGE_IN_TIER_OR_RISK -> "Risk has risen since allocation: an experienced officer should hold the case";
      case RISK_TO_STAFF -> "Threats made to the officer at the last appointment";
      case OFFICER_LEFT -> "The officer has left the service";
      case TRANSFER_IN -> "Transferred in from another region";
      case OTHER -> "Continuity: the officer supervised the person on an earlier order";
    };
  }

  /** Cases a senior practitioner gave to a PSO against the grade rules, recording why. */
  static final double GRADE_OVERRIDE = 0.004;
  static final List<String> GRADE_OVERRIDE_REASONS = List.of(
      "The PSO supervised him on his last order and the relationship is working; SPO reviews the case monthly",
      "No PO in the team has capacity this month; the case moves to a PO as soon as one has",
      "The registration dates from an old order and the risk is now managed; agreed with the MAPPA co-ordinator");

  static final double SENSITIVE = 0.02;
  static final double OVERSIGHT_NOTE = 0.3;

  static final List<String> JUSTIFICATIONS = List.of(
      "Capacity to take the case and works in the person's area",
      "Lowest caseload in the team with the right experience",
      "Experience of cases with this offending; capacity confirmed in supervision",
      "Continuity: knows the person and the family from an earlier order",
      "Covers the court the person was sentenced at and has room on the caseload");
  static final List<String> OVERSIGHT_NOTES = List.of(
      "Agreed in supervision",
      "Review the risk management plan within 10 working days",
      "Discuss at the next case review: domestic abuse checks to follow up",
      "First appointment within 5 working days; SPO to countersign the sentence plan");
}
