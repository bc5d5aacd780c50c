package org.probatio.demo;

import org.probatio.workload.WorkloadToLoad;
import org.probatio.workload.WorkloadToLoad.HeldCase;

/** Counts court episodes, allocations and the cases providers hold as they stream past, for the {@link CaseCounts}. */
final class CaseTally {

  private long hearings;
  private long reports;
  private long checks;
  private long lateChecks;
  private long sentences;
  private final long[] outcomes = new long[CaseHistory.Outcome.values().length];
  private long overrides;
  private long likelyMisallocations;
  private long handovers;
  private long firstAppointmentsBeforeDelivery;
  private long heldCases;
  private long awaitingPractitioner;
  private long reallocations;
  private long gradeOverrides;

  void count(CaseHistory history) {
    outcomes[history.outcome().ordinal()]++;
    if (history.court() == null) {
      return;
    }
    hearings++;
    reports += history.court().report() == null ? 0 : 1;
    checks += history.checks();
    lateChecks += history.lateChecks();
    sentences += history.court().sentence() == null ? 0 : 1;
    overrides += history.overridden() && history.outcome() == CaseHistory.Outcome.DECIDED ? 1 : 0;
    likelyMisallocations += history.likelyMisallocation() ? 1 : 0;
    handovers += history.handover() == null ? 0 : 1;
    firstAppointmentsBeforeDelivery += history.firstAppointmentBeforeDelivery() ? 1 : 0;
  }

  void count(WorkloadToLoad records) {
    HeldCase held = records.heldCase();
    if (held == null) {
      return;
    }
    heldCases++;
    awaitingPractitioner += held.practitioners().isEmpty() ? 1 : 0;
    reallocations += Math.max(0, held.practitioners().size() - 1);
    gradeOverrides += held.practitioners().isEmpty()
        || held.practitioners().get(held.practitioners().size() - 1).gradeOverrideReason() == null ? 0 : 1;
  }

  long count(CaseHistory.Outcome outcome) {
    return outcomes[outcome.ordinal()];
  }

  CaseCounts counts() {
    return new CaseCounts(hearings, reports, checks, lateChecks, sentences, count(CaseHistory.Outcome.AWAITING_GATE_OPEN),
        count(CaseHistory.Outcome.AWAITING_GATE_SHUT), count(CaseHistory.Outcome.AWAITING_APPROVAL),
        count(CaseHistory.Outcome.DECIDED), overrides, likelyMisallocations, handovers, firstAppointmentsBeforeDelivery,
        heldCases, awaitingPractitioner, reallocations, gradeOverrides);
  }
}
