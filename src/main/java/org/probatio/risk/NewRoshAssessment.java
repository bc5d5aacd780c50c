package org.probatio.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/**
 * A RoSH assessment to record. {@code replacing} is the id of the assessment the user saw as
 * current (null if none), so two people recording at once cannot silently overwrite each other.
 */
public record NewRoshAssessment(
    AssessmentKind kind,
    AssessmentStage stage,
    RoshLevels levels,
    LocalDate completedOn,
    @Nullable Long replacing) {

  /** Pure checks: today's date is an input. */
  public List<FieldError> problems(LocalDate today) {
    List<FieldError> problems = new ArrayList<>();
    if (completedOn.isAfter(today)) {
      problems.add(new FieldError("completedOn", "The date the assessment was completed must be today or in the past"));
    }
    RoshLevels l = levels;
    boolean anyCustody = l.custodyChildren() != null || l.custodyPublic() != null || l.custodyKnownAdult() != null
        || l.custodyStaff() != null || l.custodyPrisoners() != null;
    boolean allCustody = l.custodyChildren() != null && l.custodyPublic() != null && l.custodyKnownAdult() != null
        && l.custodyStaff() != null && l.custodyPrisoners() != null;
    if (anyCustody && !allCustody) {
      problems.add(new FieldError("custody", "Give a custody level for every group, or none"));
    }
    return problems;
  }
}
