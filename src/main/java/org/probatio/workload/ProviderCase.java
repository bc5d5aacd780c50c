package org.probatio.workload;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.court.OrderType;
import org.probatio.workload.rules.CaseType;

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

  /** Community, licence or custody on the day: custody with licence turns to licence on release. */
  public CaseType caseTypeOn(LocalDate day) {
    return caseType(orderType, expectedReleaseDate, day);
  }

  static CaseType caseType(OrderType orderType, @Nullable LocalDate expectedReleaseDate, LocalDate day) {
    return switch (orderType) {
      case COMMUNITY_ORDER, SUSPENDED_SENTENCE_ORDER -> CaseType.COMMUNITY;
      case CUSTODY_WITH_LICENCE -> expectedReleaseDate == null || expectedReleaseDate.isAfter(day) ? CaseType.CUSTODY
          : CaseType.LICENCE;
      case POST_SENTENCE_SUPERVISION -> CaseType.LICENCE;
    };
  }
}
