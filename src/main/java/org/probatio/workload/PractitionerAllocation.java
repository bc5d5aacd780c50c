package org.probatio.workload;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case given to a practitioner: who, by whom and when, the justification, whether the case is
 * sensitive, the senior practitioner's oversight note, any override of the grade rules, and for a
 * reallocation its reason. It ends when the case is reallocated or leaves the provider.
 */
public record PractitionerAllocation(
    long id,
    long caseId,
    String crn,
    String staffCode,
    String teamCode,
    Instant allocatedAt,
    String allocatedBy,
    String justification,
    boolean sensitive,
    @Nullable String oversightNote,
    @Nullable String gradeOverrideReason,
    @Nullable ReallocationReason reallocationReason,
    @Nullable String reallocationDetails,
    @Nullable Instant endedAt,
    @Nullable String endedBecause) {

  public boolean current() {
    return endedAt == null;
  }
}
