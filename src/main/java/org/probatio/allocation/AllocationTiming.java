package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A final allocation after sentence as the court-to-allocation figures count it: how many working days
 * after the sentence it was decided, and whether a RoSH screening was on record when it was (a decision
 * without one, such as an imported one, counts as made without a screening).
 */
public record AllocationTiming(
    long decisionId,
    String crn,
    LocalDate sentenceDate,
    Instant decidedAt,
    @Nullable Integer workingDays,
    boolean withinOneWorkingDay,
    boolean screenedBeforehand,
    String providerCode,
    String courtProviderCode) {}
