package org.probatio.risk.scoring;

import org.jspecify.annotations.Nullable;

/** The validation OSP/DC and OSP/IIC share, run before deciding whether they apply (C10). */
final class SexualOffending {

  private SexualOffending() {}

  /** Whether OSP applies: a man with a sexual offence history. */
  static boolean applies(ScoringRequest r) {
    return r.gender() == Gender.MALE && Boolean.TRUE.equals(r.hasEverCommittedSexualOffence());
  }

  static Errors validate(ScoringRequest r, boolean directContact) {
    Errors missing = new Errors();
    missing.need(r.gender(), "gender");
    if (directContact) {
      missing.need(r.hasEverCommittedSexualOffence(), "hasEverCommittedSexualOffence").need(r.dateOfBirth(), "dateOfBirth")
          .need(r.dateAtStartOfFollowupUserInput(), "dateAtStartOfFollowupUserInput")
          .need(r.totalNumberOfSanctionsForAllOffences(), "totalNumberOfSanctionsForAllOffences")
          .need(r.supervisionStatus(), "supervisionStatus");
    }
    Errors counts = new Errors();
    Boolean history = r.hasEverCommittedSexualOffence();
    if (r.gender() == Gender.MALE) {
      if (Boolean.FALSE.equals(history)) {
        counts.need(present(r.totalContactAdultSexualSanctions()), "totalContactAdultSexualSanctions")
            .need(present(r.totalContactChildSexualSanctions()), "totalContactChildSexualSanctions")
            .need(present(r.totalNonContactSexualOffences()), "totalNonContactSexualOffences")
            .need(present(r.totalIndecentImageSanctions()), "totalIndecentImageSanctions")
            .reportMissing(ErrorType.SEXUAL_OFFENDING_INCONSISTENT_INPUT);
      } else if (history != null) {
        missing.need(r.isCurrentOffenceSexuallyMotivated(), "isCurrentOffenceSexuallyMotivated");
        if (allZero(r)) {
          counts.add(ErrorType.SEXUAL_OFFENDING_MISSING_COUNTS, "totalContactAdultSexualSanctions",
              "totalContactChildSexualSanctions", "totalIndecentImageSanctions", "totalNonContactSexualOffences");
        } else {
          counts.need(r.totalContactAdultSexualSanctions(), "totalContactAdultSexualSanctions")
              .need(r.totalContactChildSexualSanctions(), "totalContactChildSexualSanctions")
              .need(r.totalNonContactSexualOffences(), "totalNonContactSexualOffences")
              .need(r.totalIndecentImageSanctions(), "totalIndecentImageSanctions")
              .reportMissing(ErrorType.SEXUAL_OFFENDING_MISSING_COUNTS);
        }
      } else if (!directContact) {
        missing.missingField("hasEverCommittedSexualOffence");
      }
    }
    missing.reportMissing(ErrorType.MISSING_MANDATORY_INPUT);
    for (ValidationError error : counts.list()) {
      missing.add(error);
    }
    return missing;
  }

  /** Null when the count is given, so that {@link Errors#need} lists the counts that should not be. */
  private static @Nullable Object present(@Nullable Integer count) {
    return count == null ? Boolean.TRUE : null;
  }

  private static boolean allZero(ScoringRequest r) {
    return zero(r.totalContactAdultSexualSanctions()) && zero(r.totalContactChildSexualSanctions())
        && zero(r.totalNonContactSexualOffences()) && zero(r.totalIndecentImageSanctions());
  }

  private static boolean zero(@Nullable Integer count) {
    return count != null && count == 0;
  }
}
