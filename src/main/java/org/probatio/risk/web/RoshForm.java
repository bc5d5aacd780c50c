package org.probatio.risk.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.probatio.web.FormErrors;

/** The RoSH assessment form, as typed. */
public record RoshForm(
    @Nullable String kind,
    @Nullable String stage,
    @Nullable String completedOnDay,
    @Nullable String completedOnMonth,
    @Nullable String completedOnYear,
    @Nullable String communityChildren,
    @Nullable String communityPublic,
    @Nullable String communityKnownAdult,
    @Nullable String communityStaff,
    @Nullable String custodyChildren,
    @Nullable String custodyPublic,
    @Nullable String custodyKnownAdult,
    @Nullable String custodyStaff,
    @Nullable String custodyPrisoners,
    @Nullable Long replacing) {

  static RoshForm blank(LocalDate today, @Nullable Long replacing) {
    DateInput date = DateInput.of(today);
    return new RoshForm(null, null, date.day(), date.month(), date.year(), null, null, null, null, null, null, null,
        null, null, replacing);
  }

  /** The assessment, or null with the problems added to {@code errors}. */
  @Nullable NewRoshAssessment read(FormErrors errors) {
    AssessmentKind k = FormValues.choice(errors, "kind", kind, AssessmentKind.class, "Select screening or full analysis");
    AssessmentStage s = FormValues.choice(errors, "stage", stage, AssessmentStage.class, "Select the stage of the case");
    LocalDate on = FormValues.date(errors, "completedOn", "Date completed",
        new DateInput(completedOnDay, completedOnMonth, completedOnYear));
    RoshLevel cc = level(errors, "communityChildren", communityChildren, true);
    RoshLevel cp = level(errors, "communityPublic", communityPublic, true);
    RoshLevel ca = level(errors, "communityKnownAdult", communityKnownAdult, true);
    RoshLevel cs = level(errors, "communityStaff", communityStaff, true);
    RoshLevels levels = new RoshLevels(cc, cp, ca, cs, level(errors, "custodyChildren", custodyChildren, false),
        level(errors, "custodyPublic", custodyPublic, false), level(errors, "custodyKnownAdult", custodyKnownAdult, false),
        level(errors, "custodyStaff", custodyStaff, false), level(errors, "custodyPrisoners", custodyPrisoners, false));
    return errors.any() ? null : new NewRoshAssessment(k, s, levels, on, replacing);
  }

  private static @Nullable RoshLevel level(FormErrors errors, String field, @Nullable String value, boolean required) {
    if (!required && (value == null || value.isBlank())) {
      return null;
    }
    return FormValues.choice(errors, field, value, RoshLevel.class, "Select the level of risk");
  }
}
