package org.probatio.allocation.policy;

import java.util.Map;

/**
 * What the tier model reads from a current assessment: each criminogenic need's severity (a need not
 * listed counts as no need), parenting responsibilities, and the impulsivity and temper control
 * answers (0 no problems, 1 some, 2 significant).
 */
public record TierAssessment(Map<Need, NeedSeverity> needs, boolean parenting, int impulsivity, int temperControl) {

  /** The highest answer to the impulsivity and temper control questions. */
  public static final int MAX_PROBLEM_SCORE = 2;

  public TierAssessment {
    needs = Map.copyOf(needs);
    TierInput.requireWithin("impulsivity", impulsivity, 0, MAX_PROBLEM_SCORE);
    TierInput.requireWithin("temperControl", temperControl, 0, MAX_PROBLEM_SCORE);
  }

  /** The severity of a need, no need when the assessment does not list it. */
  public NeedSeverity severity(Need need) {
    return needs.getOrDefault(need, NeedSeverity.NO_NEED);
  }
}
