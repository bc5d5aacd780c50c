package org.probatio.court.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.probatio.court.Charge;
import org.probatio.court.CourtSession;
import org.probatio.court.NewHearing;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.web.FormErrors;

/** The list-a-hearing form, as typed, with up to {@link #ROWS} charges side by side. */
public record HearingForm(
    @Nullable String crn,
    @Nullable String court,
    @Nullable String dateDay,
    @Nullable String dateMonth,
    @Nullable String dateYear,
    @Nullable String session,
    @Nullable String courtroom,
    @Nullable List<String> offenceCode,
    @Nullable List<String> description) {

  static final int ROWS = 6;

  static HearingForm blank(String crn, LocalDate today) {
    DateInput date = DateInput.of(today);
    return new HearingForm(crn, null, date.day(), date.month(), date.year(), null, null, List.of(), List.of());
  }

  /** The hearing as typed, what could not be read left null and its problem in {@code errors}; blank charge rows are left out. */
  NewHearing read(FormErrors errors) {
    LocalDate date = CourtForms.date(errors, "date", "Date of the hearing", new DateInput(dateDay, dateMonth, dateYear), true);
    CourtSession chosen = CourtForms.chosen(errors, "session", session, CourtSession.class, "Select morning or afternoon");
    List<Charge> charges = new ArrayList<>();
    for (int row : rows().filled()) {
      charges.add(new Charge(offenceCodeAt(row), descriptionAt(row)));
    }
    return new NewHearing(String.valueOf(crn), court, date, chosen, courtroom, charges);
  }

  RepeatedRows rows() {
    return new RepeatedRows("charges", ROWS, List.of("offenceCode", "description"), java.util.Arrays.asList(offenceCode, description));
  }

  String anchor(String field) {
    return field.equals("date") ? "date-day" : rows().anchor(field);
  }

  public String offenceCodeAt(int row) {
    String value = CourtForms.at(offenceCode, row);
    return value == null ? "" : value;
  }

  public String descriptionAt(int row) {
    String value = CourtForms.at(description, row);
    return value == null ? "" : value;
  }
}
