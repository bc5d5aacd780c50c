package org.probatio.workload;

/** A practitioner no longer holds a case, because it left their provider. */
public record PractitionerAllocationEnded(long allocationId, long caseId, String crn, String staffCode, String because) {}
