package org.probatio.court;

import org.probatio.people.PersonSummary;

/** A report not yet completed, with the person it is about. */
public record ReportInProgress(PreSentenceReport report, PersonSummary person) {}
