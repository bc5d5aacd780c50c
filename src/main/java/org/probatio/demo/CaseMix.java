package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import org.probatio.court.CourtSession;
import org.probatio.court.OrderType;
import org.probatio.court.ReportType;

/**
 * How the court episodes and allocations of a generated region are made up: rough shapes from the
 * inspectors' reports on court work and allocation under Transforming Rehabilitation, not statistics
 * to rely on. Shares are of the episodes, or of the cases named.
 */
final class CaseMix {

  private CaseMix() {}

  /** People with a recent court episode; the rest were sentenced before the region's records begin. */
  static final double EPISODE = 0.86;

  /** Where each episode has got to. */
  enum Stage {
    /** Listed for today's court (or the next court day), nothing started. */
    LISTED,
    /** Adjourned for a standard report, which is being written. */
    REPORT_IN_PROGRESS,
    /** An oral or fast report that could not be finished on the day: a partner check never came back. */
    ADJOURNED_FOR_CHECK,
    SENTENCED
  }

  static final Weighted<Stage> STAGE = Weighted.of(
      choice(Stage.LISTED, 0.5),
      choice(Stage.REPORT_IN_PROGRESS, 1.2),
      choice(Stage.ADJOURNED_FOR_CHECK, 0.6),
      choice(Stage.SENTENCED, 97.7));

  /**
   * Sentences passed in the last five court days, the rest spread evenly over about two years. The
   * last week is busier than the average week so that a large region has thousands of cases waiting
   * for allocation, as a benchmark of allocating needs.
   */
  static final double SENTENCED_LAST_WEEK = 0.15;
  static final int COURT_DAYS_BACK = 500;

  /** Sentences passed with a pre-sentence report; the rest were passed without one. */
  static final double WITH_REPORT = 0.93;

  static final Weighted<ReportType> REPORT_TYPE = Weighted.of(
      choice(ReportType.ORAL, 40), choice(ReportType.FAST, 35), choice(ReportType.STANDARD, 25));

  /** Reports given to the court on the day they were due; the others adjourned the case. */
  static final double DELIVERED_ON_DAY = 0.78;

  /** Working days a case is adjourned for a standard report. */
  static final Weighted<Integer> STANDARD_ADJOURNMENT = Weighted.of(choice(10, 15), choice(15, 70), choice(20, 15));

  static final Weighted<CourtSession> SESSION = Weighted.of(
      choice(CourtSession.MORNING, 60), choice(CourtSession.AFTERNOON, 40));

  /** Cases heard at the Crown Court, where the town has one; custody more often. */
  static final double CROWN_COURT = 0.12;
  static final double CROWN_COURT_FOR_CUSTODY = 0.55;

  /** Partner checks: most answered on time; in a report that missed its day, a check was usually late. */
  static final double CHECK_NOT_OBTAINED = 0.04;
  static final double FIRST_CHECK_LATE_WHEN_REPORT_LATE = 0.8;
  static final double SECOND_CHECK_LATE_WHEN_REPORT_LATE = 0.3;
  /** Concerns shared by the police where domestic abuse is registered, and by children's services where children are. */
  static final double POLICE_CONCERNS_WITH_DOMESTIC_ABUSE = 0.7;
  static final double POLICE_CONCERNS_OTHERWISE = 0.06;
  static final double CHILDRENS_CONCERNS_WITH_CHILD_FLAGS = 0.75;
  static final double CHILDRENS_CONCERNS_OTHERWISE = 0.05;
  /** Checks of a report in progress answered so far. */
  static final double CHECK_ANSWERED_SO_FAR = 0.7;

  static final Weighted<OrderType> ORDER_TYPE = Weighted.of(
      choice(OrderType.COMMUNITY_ORDER, 44), choice(OrderType.SUSPENDED_SENTENCE_ORDER, 30),
      choice(OrderType.CUSTODY_WITH_LICENCE, 18), choice(OrderType.POST_SENTENCE_SUPERVISION, 8));
  static final Weighted<OrderType> ORDER_TYPE_FOR_SERIOUS_OFFENCES = Weighted.of(
      choice(OrderType.COMMUNITY_ORDER, 20), choice(OrderType.SUSPENDED_SENTENCE_ORDER, 30),
      choice(OrderType.CUSTODY_WITH_LICENCE, 45), choice(OrderType.POST_SENTENCE_SUPERVISION, 5));

  static final Weighted<Integer> COMMUNITY_ORDER_MONTHS = Weighted.of(
      choice(6, 8), choice(9, 6), choice(12, 40), choice(18, 18), choice(24, 22), choice(36, 6));
  static final Weighted<Integer> SUSPENDED_SENTENCE_MONTHS = Weighted.of(choice(12, 35), choice(18, 25), choice(24, 40));
  /** Custodial terms; release on licence at the halfway point. */
  static final Weighted<Integer> CUSTODY_MONTHS = Weighted.of(
      choice(3, 10), choice(6, 20), choice(9, 10), choice(12, 18), choice(18, 12), choice(24, 12), choice(36, 8),
      choice(48, 6), choice(60, 4));
  static final Weighted<Integer> REQUIREMENT_COUNT = Weighted.of(choice(1, 45), choice(2, 38), choice(3, 17));
  static final double SUSPENDED_WITHOUT_REQUIREMENTS = 0.3;

  /** Working days from sentence to the allocation decision: most within one, as the inspectors found. */
  static final Weighted<Integer> DECISION_LAG = Weighted.of(choice(0, 25), choice(1, 55), choice(2, 12), choice(3, 8));
  /** Cases still waiting whose gate is shut: an old RoSH screening, or none at all without a report. */
  static final double WAITING_GATE_SHUT = 0.12;
  /** Overrides decided on the last court day still waiting for a senior practitioner. */
  static final double OVERRIDE_STILL_WAITING = 0.5;
  /** CRC allocations made before a public interest registration dated earlier was entered: likely misallocations. */
  static final double BACK_DATED_REGISTRATION = 0.004;

  /** Handovers: the first appointment before the package arrived, where the allocation took a day or more. */
  static final double FIRST_APPOINTMENT_BEFORE_DELIVERY = 0.1;
  static final double FIRST_APPOINTMENT_RECORDED = 0.9;
  static final double ACKNOWLEDGED = 0.95;
  static final double ACKNOWLEDGED_WITHIN_TWO_DAYS = 0.5;
  static final double REVIEW_DONE = 0.88;
  static final double REVIEW_DONE_BEFORE_DUE = 0.45;
}
