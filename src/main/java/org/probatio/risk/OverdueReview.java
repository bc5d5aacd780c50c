package org.probatio.risk;

import org.probatio.people.PersonSummary;

/** A registration whose review date has passed, with the person it is on. */
public record OverdueReview(PersonSummary person, Registration registration) {}
