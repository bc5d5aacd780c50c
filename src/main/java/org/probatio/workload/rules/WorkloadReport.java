package org.probatio.workload.rules;

/** A report a practitioner is writing, by the CRN of the person it is about and its kind. */
public record WorkloadReport(String crn, ReportKind kind) {}
