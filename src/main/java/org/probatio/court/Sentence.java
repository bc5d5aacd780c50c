package org.probatio.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recorded sentence: the order with its length and date, its requirements, and for custody the
 * expected release date and licence conditions. {@code courtProviderCode} is the provider whose
 * court team recorded it.
 */
public record Sentence(
    long id,
    long hearingId,
    String crn,
    OrderType orderType,
    int lengthMonths,
    LocalDate sentenceDate,
    List<Requirement> requirements,
    @Nullable LocalDate expectedReleaseDate,
    List<String> licenceConditions,
    String courtProviderCode,
    String recordedBy,
    Instant recordedAt) {}
