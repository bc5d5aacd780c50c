package org.probatio.court;

import java.time.Instant;
import java.time.LocalDate;

/** A court sentenced a person to an order probation supervises. Allocation starts on this. */
public record SentenceRecorded(
    long sentenceId,
    String crn,
    LocalDate sentenceDate,
    Instant recordedAt,
    OrderType orderType,
    String courtProviderCode) {}
