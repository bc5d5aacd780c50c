package org.probatio.allocation;

import java.time.LocalDate;

/**
 * A sentence to allocate. {@code assessedFrom} is the day the court report began (the sentence date
 * when there was no report); {@code mandateForChange} is true for custody or any requirement other
 * than unpaid work.
 */
public record NewCase(String crn, long sentenceId, LocalDate sentenceDate, String courtProviderCode, LocalDate assessedFrom,
    boolean mandateForChange) {}
