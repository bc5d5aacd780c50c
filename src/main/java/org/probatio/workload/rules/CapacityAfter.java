package org.probatio.workload.rules;

/** A practitioner's capacity now, the points one more case would add and the cell that gives them, and capacity after. */
public record CapacityAfter(Capacity before, CaseScore added, Capacity after) {}
