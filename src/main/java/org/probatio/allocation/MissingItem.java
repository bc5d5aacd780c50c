package org.probatio.allocation;

/** A line of the handover checklist that the package could not fill, and what exactly is missing. */
public record MissingItem(HandoverItem item, String detail) {}
