package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A sentenced case waiting for (or given) a provider. It is due one working day after the sentence;
 * it cannot be allocated until a current RoSH screening completed on or after {@code assessedFrom}
 * (the day the court report began) is on record.
 */
public record AllocationCase(
    long id,
    String crn,
    long sentenceId,
    LocalDate sentenceDate,
    String courtProviderCode,
    LocalDate dueOn,
    LocalDate assessedFrom,
    boolean mandateForChange,
    Instant openedAt,
    @Nullable Long decisionId,
    int version) {

  public boolean decided() {
    return decisionId != null;
  }

  public boolean overdue(LocalDate today) {
    return !decided() && today.isAfter(dueOn);
  }
}
