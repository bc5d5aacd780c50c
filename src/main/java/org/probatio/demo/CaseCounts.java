package org.probatio.demo;

/**
 * What a loaded region's court episodes and allocations hold, for the summary at the end of a run.
 * Cases awaiting allocation are those with no final decision: with the gate open (ready to decide),
 * shut (no RoSH screening from the report stage on), or with an override waiting for approval. Cases
 * held are those a final decision gave to a provider: those awaiting a practitioner have none yet;
 * reallocations are moves from one practitioner to another; grade overrides are cases a PSO holds
 * against the grade rules, with a senior practitioner's reason.
 */
public record CaseCounts(long hearings, long reports, long checks, long lateChecks, long sentences, long awaitingGateOpen,
    long awaitingGateShut, long awaitingApproval, long decided, long overrides, long likelyMisallocations, long handovers,
    long firstAppointmentsBeforeDelivery, long heldCases, long awaitingPractitioner, long reallocations,
    long gradeOverrides) {

  public long awaiting() {
    return awaitingGateOpen + awaitingGateShut + awaitingApproval;
  }

  public String describe() {
    return String.format("%,d hearings, %,d reports (%,d of %,d partner checks late), %,d sentences; "
            + "%,d allocations awaiting a decision (%,d with the gate open, %,d shut, %,d overrides awaiting approval), "
            + "%,d decided (%,d overrides, %,d likely misallocations); %,d handovers (%,d first appointments before delivery); "
            + "%,d cases held by providers (%,d awaiting a practitioner, %,d reallocations, %,d held by PSOs on a grade"
            + " override)",
        hearings, reports, lateChecks, checks, sentences, awaiting(), awaitingGateOpen, awaitingGateShut,
        awaitingApproval, decided, overrides, likelyMisallocations, handovers, firstAppointmentsBeforeDelivery,
        heldCases, awaitingPractitioner, reallocations, gradeOverrides);
  }
}
