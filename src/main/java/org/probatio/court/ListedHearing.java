package org.probatio.court;

import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonSummary;

/** A hearing on a court list, with the person and where the case has got to. */
public record ListedHearing(Hearing hearing, PersonSummary person, @Nullable ReportType reportType,
    boolean reportCompleted, boolean sentenced) {}
