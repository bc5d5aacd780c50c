package org.probatio.demo;

/** Counts court episodes and allocations as they stream past, for the {@link CaseCounts}. */
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

  long count(CaseHistory.Outcome outcome) {
    return outcomes[outcome.ordinal()];
  }

  CaseCounts counts() {
    return new CaseCounts(hearings, reports, checks, lateChecks, sentences, count(CaseHistory.Outcome.AWAITING_GATE_OPEN),
        count(CaseHistory.Outcome.AWAITING_GATE_SHUT), count(CaseHistory.Outcome.AWAITING_APPROVAL),
        count(CaseHistory.Outcome.DECIDED), overrides, likelyMisallocations, handovers, firstAppointmentsBeforeDelivery);
  }
}
