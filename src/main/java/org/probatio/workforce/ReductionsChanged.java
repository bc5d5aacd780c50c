package org.probatio.workforce;

/** A reduction of the member of staff's workload was added, changed, ended or removed. */
public record ReductionsChanged(String staffCode) {}
