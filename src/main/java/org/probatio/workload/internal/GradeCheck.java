package org.probatio.workload.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;
import org.probatio.web.Dates;
import org.probatio.workforce.StaffMember;
import org.probatio.workload.rules.CaseRisk;
import org.probatio.workload.rules.Eligibility;
import org.probatio.workload.rules.GradeRules;

/**
 * Whether a practitioner may be given a case today: they must work here today, and their grade must
 * be one the grade rules in force let hold the case, unless a senior practitioner records why they
 * are overriding the rules. An override is kept only when it was needed.
 */
public final class GradeCheck {

  /** The problems, for the practitioner field and the override field; and the override reason to store. */
  public record Result(List<FieldError> problems, @Nullable String override) {}

  private GradeCheck() {}

  public static Result check(StaffMember practitioner, LocalDate today, GradeRules rules, CaseRisk risk,
      @Nullable String overrideReason, boolean bySenior) {
    String name = practitioner.displayName();
    if (practitioner.leftBy(today)) {
      return refused(new FieldError("staffCode", name + "'s last working day was "
          + Dates.inWords(practitioner.leavingDate()) + ": choose a practitioner who works here now"));
    }
    if (!practitioner.workingOn(today)) {
      return refused(new FieldError("staffCode", name + " does not start until "
          + Dates.inWords(practitioner.startDate()) + ": choose a practitioner who works here now"));
    }
    Eligibility eligibility = rules.check(practitioner.grade().name(), risk);
    if (!(eligibility instanceof Eligibility.NotEligible notEligible)) {
      return new Result(List.of(), null);
    }
    String why = name + " is a " + notEligible.grade() + ", who may not hold this case: "
        + String.join("; ", notEligible.reasons());
    boolean overriding = overrideReason != null && !overrideReason.isBlank();
    if (!bySenior) {
      List<FieldError> problems = new ArrayList<>();
      problems.add(new FieldError("staffCode", why + ". Choose another practitioner"));
      if (overriding) {
        problems.add(new FieldError("gradeOverrideReason",
            "Only a senior practitioner may override the grade rules: choose a practitioner whose grade may hold this case"));
      }
      return new Result(problems, null);
    }
    if (!overriding) {
      return refused(new FieldError("staffCode", why
          + ". Choose another practitioner, or enter why you are overriding the grade rules"));
    }
    return new Result(List.of(), overrideReason.strip());
  }

  private static Result refused(FieldError problem) {
    return new Result(List.of(problem), null);
  }
}
