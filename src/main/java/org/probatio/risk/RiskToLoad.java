package org.probatio.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Generated risk information for one person, for bulk loading: a current RoSH screening (if any)
 * and registrations with the review date they have reached.
 */
public record RiskToLoad(String crn, @Nullable LoadedScreening screening, List<LoadedRegistration> registrations) {

  public record LoadedScreening(RoshLevels levels, AssessmentStage stage, LocalDate completedOn, String completedBy) {}

  public record LoadedRegistration(NewRegistration registration, LocalDate nextReviewOn, String registeredBy) {}
}
