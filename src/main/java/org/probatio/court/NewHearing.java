package org.probatio.court;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.people.FieldError;

/** A hearing to list: the defendant's CRN (found through the people search, or created there), where and when, and the charges. */
public record NewHearing(
    String crn,
    @Nullable String court,
    @Nullable LocalDate date,
    @Nullable CourtSession session,
    @Nullable String courtroom,
    List<Charge> charges) {

  static final int MAX_CHARGES = 20;

  /** Pure checks of what was given. */
  public List<FieldError> problems() {
    List<FieldError> problems = new ArrayList<>();
    if (court == null || court.isBlank() || court.strip().length() > 100) {
      problems.add(new FieldError("court", "Enter the name of the court, in 100 characters or fewer"));
    }
    if (date == null) {
      problems.add(new FieldError("date", "Enter the date of the hearing"));
    }
    if (session == null) {
      problems.add(new FieldError("session", "Select morning or afternoon"));
    }
    if (courtroom == null || courtroom.isBlank() || courtroom.strip().length() > 20) {
      problems.add(new FieldError("courtroom", "Enter the courtroom, such as 3, in 20 characters or fewer"));
    }
    if (charges.isEmpty() || charges.size() > MAX_CHARGES) {
      problems.add(new FieldError("charges", "Enter at least one charge, and at most " + MAX_CHARGES));
    }
    for (int i = 0; i < charges.size(); i++) {
      Charge charge = charges.get(i);
      if (Charge.normalisedCode(charge.offenceCode()) == null) {
        problems.add(new FieldError("charges[" + i + "].offenceCode",
            "Enter the Home Office offence code as 5 digits, such as 02801 or 028/01"));
      }
      if (charge.description() == null || charge.description().isBlank()) {
        problems.add(new FieldError("charges[" + i + "].description", "Enter the offence, such as ‘Theft from a shop’"));
      }
    }
    return problems;
  }

  /** The charges with their codes as five digits; only for a hearing without problems. */
  List<Charge> normalisedCharges() {
    return charges.stream()
        .map(c -> new Charge(java.util.Objects.requireNonNull(Charge.normalisedCode(c.offenceCode())), c.description().strip()))
        .toList();
  }
}
