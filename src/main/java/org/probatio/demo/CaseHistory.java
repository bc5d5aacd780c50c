package org.probatio.demo;

import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationToLoad;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.court.CourtToLoad;
import org.probatio.court.PartnerCheck;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;

/**
 * What a generated person's records hold beyond the person: their risk, their latest court episode
 * and its allocation, each ready for its module's bulk load, with the plan they were made from, the
 * policy's decision (for a case decided) and the registration entered after it, if any.
 */
record CaseHistory(Timeline timeline, RiskToLoad risk, @Nullable CourtToLoad court, @Nullable AllocationToLoad allocation,
    @Nullable ProviderDecision policy, @Nullable LoadedRegistration lateEntry) {

  /** Where the case stands on the as-of day. */
  enum Outcome {
    NO_EPISODE,
    /** Listed, or adjourned for a report or a check: not sentenced yet. */
    IN_COURT,
    AWAITING_GATE_OPEN,
    AWAITING_GATE_SHUT,
    /** An override waiting for a senior practitioner: nobody else may decide the case meanwhile. */
    AWAITING_APPROVAL,
    DECIDED
  }

  Outcome outcome() {
    if (court == null) {
      return Outcome.NO_EPISODE;
    }
    if (allocation == null) {
      return Outcome.IN_COURT;
    }
    DecisionToLoad decision = allocation.decision();
    if (decision == null) {
      return timeline.gate() == Timeline.Gate.OPEN ? Outcome.AWAITING_GATE_OPEN : Outcome.AWAITING_GATE_SHUT;
    }
    return decision.override() != null && decision.override().approval() == null ? Outcome.AWAITING_APPROVAL
        : Outcome.DECIDED;
  }

  /**
   * A final allocation that the records show as wrong: an override against the policy, or a decision
   * made before a registration dated earlier was entered.
   */
  boolean likelyMisallocation() {
    return outcome() == Outcome.DECIDED && (overridden() || lateEntry != null);
  }

  boolean overridden() {
    return allocation != null && allocation.decision() != null && allocation.decision().override() != null;
  }

  @Nullable HandoverToLoad handover() {
    return allocation == null || allocation.decision() == null ? null : allocation.decision().handover();
  }

  /** The first appointment came before the day the package was delivered. */
  boolean firstAppointmentBeforeDelivery() {
    HandoverToLoad h = handover();
    return h != null && h.firstAppointment() != null
        && h.firstAppointment().on().isBefore(LondonTime.day(h.deliveredAt()));
  }

  /** Checks answered after their due time, or not answered and past it. */
  long lateChecks() {
    if (court == null || court.report() == null) {
      return 0;
    }
    return court.report().checks().stream().filter(CaseHistory::late).count();
  }

  long checks() {
    return court == null || court.report() == null ? 0 : court.report().checks().size();
  }

  /** Late as the court module counts it: past due without an answer, or answered after it. */
  static boolean late(PartnerCheck check) {
    return check.late() || check.answeredLate();
  }
}
