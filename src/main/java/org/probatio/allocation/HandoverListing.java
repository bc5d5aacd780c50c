package org.probatio.allocation;

import org.probatio.people.PersonSummary;

/** A handover on a list, with the person as the user may see them (a limited-access one only by CRN). */
public record HandoverListing(Handover handover, PersonSummary person) {}
