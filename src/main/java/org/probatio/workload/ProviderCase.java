package org.probatio.workload;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.court.OrderType;

/**
 * A sentenced case a provider holds, from the allocation decision that gave it to the provider: what a
 * practitioner takes on, with what its workload points depend on (the order, the release date for
 * custody, when the sentence ends, and the person's current tier).
 */
public record ProviderCase(
    long id,
    long allocationCaseId,
    String crn,
    String providerCode,
    long decisionId,
    Instant providerAllocatedAt,
    long sentenceId,
    OrderType orderType,
    LocalDate sentenceDate,
    LocalDate endsOn,
    @Nullable LocalDate expectedReleaseDate,
    @Nullable String tier) {

  /** The day a sentence of this length, passed on this day, ends. */
  public static LocalDate endsOn(LocalDate sentenceDate, int lengthMonths) {
    return sentenceDate.plusMonths(lengthMonths);
  }
}
