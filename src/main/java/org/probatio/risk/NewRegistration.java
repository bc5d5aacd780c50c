package org.probatio.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/** A registration to add. Without a review interval, the type's default applies. */
public record NewRegistration(
    RegisterType type,
    @Nullable RegistrationLevel level,
    LocalDate registeredOn,
    @Nullable Integer mappaCategory,
    @Nullable Integer mappaLevel,
    @Nullable Integer reviewEveryMonths,
    @Nullable String notes) {

  public int reviewInterval() {
    return reviewEveryMonths == null ? type.reviewEveryMonths() : reviewEveryMonths;
  }

  /** Pure checks: today's date is an input. */
  public List<FieldError> problems(LocalDate today) {
    List<FieldError> problems = new ArrayList<>();
    if (registeredOn.isAfter(today)) {
      problems.add(new FieldError("registeredOn", "The registration date must be today or in the past"));
    }
    if (type.isMappa()) {
      if (mappaCategory == null || mappaCategory < 1 || mappaCategory > 3) {
        problems.add(new FieldError("mappaCategory", "Select MAPPA category 1, 2 or 3"));
      }
      if (mappaLevel == null || mappaLevel < 1 || mappaLevel > 3) {
        problems.add(new FieldError("mappaLevel", "Select MAPPA level 1, 2 or 3"));
      }
      if (level != null) {
        problems.add(new FieldError("level", "A MAPPA registration uses its MAPPA level, not this one"));
      }
    } else if (mappaCategory != null || mappaLevel != null) {
      problems.add(new FieldError("mappaCategory", "Only a MAPPA registration has a MAPPA category and level"));
    }
    if (reviewEveryMonths != null && (reviewEveryMonths < 1 || reviewEveryMonths > 24)) {
      problems.add(new FieldError("reviewEveryMonths", "Review the registration every 1 to 24 months"));
    }
    if (notes != null && notes.length() > 4000) {
      problems.add(new FieldError("notes", "Notes must be 4,000 characters or fewer"));
    }
    return problems;
  }
}
