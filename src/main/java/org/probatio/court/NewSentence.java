package org.probatio.court;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/** A sentence to record for a hearing: the order, its length and date, and its requirements or licence. */
public record NewSentence(
    @Nullable OrderType orderType,
    @Nullable Integer lengthMonths,
    @Nullable LocalDate sentenceDate,
    List<Requirement> requirements,
    @Nullable LocalDate expectedReleaseDate,
    List<String> licenceConditions) {

  static final int MAX_REQUIREMENTS = 12;

  /** Pure checks; the court's today is an input. */
  public List<FieldError> problems(LocalDate today) {
    List<FieldError> problems = new ArrayList<>();
    if (orderType == null) {
      problems.add(new FieldError("orderType", "Select the type of order"));
    }
    Integer max = orderType == null ? null : orderType.maxMonths();
    if (lengthMonths == null || lengthMonths < 1) {
      problems.add(new FieldError("lengthMonths", "Enter the length of the order as a whole number of months, like 12"));
    } else if (max != null && lengthMonths > max) {
      problems.add(new FieldError("lengthMonths", "A " + orderType.label().toLowerCase() + " can last at most " + max + " months"));
    }
    if (sentenceDate == null) {
      problems.add(new FieldError("sentenceDate", "Enter the date of the sentence"));
    } else if (sentenceDate.isAfter(today)) {
      problems.add(new FieldError("sentenceDate", "The date of the sentence must be today or in the past"));
    }
    if (orderType != null) {
      requirementProblems(orderType, problems);
      custodyProblems(orderType, problems);
    }
    return problems;
  }

  private void requirementProblems(OrderType type, List<FieldError> problems) {
    if (!type.takesRequirements() && !requirements.isEmpty()) {
      problems.add(new FieldError("requirements", "A " + type.label().toLowerCase() + " has no requirements: remove them"));
      return;
    }
    if (type == OrderType.COMMUNITY_ORDER && requirements.isEmpty()) {
      problems.add(new FieldError("requirements", "A community order must have at least one requirement"));
    }
    if (requirements.size() > MAX_REQUIREMENTS) {
      problems.add(new FieldError("requirements", "Give at most " + MAX_REQUIREMENTS + " requirements"));
    }
    for (int i = 0; i < requirements.size(); i++) {
      Requirement requirement = requirements.get(i);
      String amountProblem = requirement.type().amountProblem(requirement.amount());
      if (amountProblem != null) {
        problems.add(new FieldError("requirements[" + i + "].amount", amountProblem));
      }
      if (requirement.type().needsDetails() && (requirement.details() == null || requirement.details().isBlank())) {
        problems.add(new FieldError("requirements[" + i + "].details",
            "Say which " + (requirement.type() == RequirementType.ACCREDITED_PROGRAMME ? "programme" : "place or activity")
                + " the " + requirement.type().label().toLowerCase() + " requirement names"));
      }
    }
  }

  private void custodyProblems(OrderType type, List<FieldError> problems) {
    if (type.custody()) {
      if (expectedReleaseDate == null) {
        problems.add(new FieldError("expectedReleaseDate", "Enter the expected release date"));
      } else if (sentenceDate != null && !expectedReleaseDate.isAfter(sentenceDate)) {
        problems.add(new FieldError("expectedReleaseDate", "The expected release date must be after the date of the sentence"));
      }
    } else if (expectedReleaseDate != null || !licenceConditions.isEmpty()) {
      problems.add(new FieldError("licenceConditions", "Only a custodial sentence has a release date and licence conditions"));
    }
  }
}
