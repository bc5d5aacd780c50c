package org.probatio.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A registration (warning flag) on a person's record; active until de-registered. */
public record Registration(
    long id,
    String crn,
    RegisterType type,
    @Nullable RegistrationLevel level,
    @Nullable Integer mappaCategory,
    @Nullable Integer mappaLevel,
    @Nullable String notes,
    LocalDate registeredOn,
    String registeredBy,
    int reviewEveryMonths,
    LocalDate nextReviewOn,
    @Nullable LocalDate deregisteredOn,
    @Nullable String deregistrationReason,
    int version) {

  public boolean active() {
    return deregisteredOn == null;
  }

  public boolean reviewOverdue(LocalDate today) {
    return active() && nextReviewOn.isBefore(today);
  }
}
