package org.probatio.allocation;

import org.probatio.people.PersonSummary;

/** A review task on a list, with the person as the user may see them. */
public record ReviewTaskListing(ReviewTask task, PersonSummary person) {}
