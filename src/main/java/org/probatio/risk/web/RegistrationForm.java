package org.probatio.risk.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RegistrationLevel;
import org.probatio.web.FormErrors;

/** The add-a-registration form, as typed. */
public record RegistrationForm(
    @Nullable String type,
    @Nullable String level,
    @Nullable String registeredOnDay,
    @Nullable String registeredOnMonth,
    @Nullable String registeredOnYear,
    @Nullable String mappaCategory,
    @Nullable String mappaLevel,
    @Nullable String reviewEveryMonths,
    @Nullable String notes) {

  static RegistrationForm blank(LocalDate today) {
    DateInput date = DateInput.of(today);
    return new RegistrationForm(null, null, date.day(), date.month(), date.year(), null, null, null, null);
  }

  @Nullable NewRegistration read(FormErrors errors) {
    RegisterType t = FormValues.choice(errors, "type", type, RegisterType.class, "Select the type of registration");
    LocalDate on = FormValues.date(errors, "registeredOn", "Registration date",
        new DateInput(registeredOnDay, registeredOnMonth, registeredOnYear));
    RegistrationLevel lvl = level == null || level.isBlank() ? null
        : FormValues.choice(errors, "level", level, RegistrationLevel.class, "Select low, medium or high");
    Integer category = FormValues.number(errors, "mappaCategory", mappaCategory, "Select MAPPA category 1, 2 or 3");
    Integer level = FormValues.number(errors, "mappaLevel", mappaLevel, "Select MAPPA level 1, 2 or 3");
    Integer months = FormValues.number(errors, "reviewEveryMonths", reviewEveryMonths,
        "Enter the review interval as a whole number of months, like 6");
    return errors.any() ? null : new NewRegistration(t, lvl, on, category, level, months, FormValues.text(notes));
  }
}
