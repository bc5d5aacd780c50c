package org.probatio.workload.web;

import static org.probatio.workload.web.FormFields.day;
import static org.probatio.workload.web.FormFields.month;
import static org.probatio.workload.web.FormFields.year;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffDetails;
import org.probatio.workforce.StaffRecord;
import org.probatio.web.FormErrors;

/**
 * A member of staff's record as typed, with the version the user saw (when changing) or the request
 * key drawn with the blank form (when adding, so a second click adds nobody twice).
 */
public record StaffForm(
    @Nullable String forename,
    @Nullable String surname,
    @Nullable String grade,
    @Nullable String teamCode,
    @Nullable String email,
    @Nullable String contractedHours,
    @Nullable String startDateDay,
    @Nullable String startDateMonth,
    @Nullable String startDateYear,
    @Nullable String leavingDateDay,
    @Nullable String leavingDateMonth,
    @Nullable String leavingDateYear,
    @Nullable Integer version,
    @Nullable String requestKey) {

  static StaffForm blank(@Nullable String teamCode) {
    return new StaffForm(null, null, null, teamCode, null, "37", null, null, null, null, null, null, null,
        UUID.randomUUID().toString());
  }

  static StaffForm of(StaffRecord record) {
    StaffDetails d = StaffDetails.of(record.member());
    return new StaffForm(d.forename(), d.surname(), d.grade() == null ? null : d.grade().name(), d.teamCode(), d.email(),
        d.contractedHours() == null ? null : d.contractedHours().stripTrailingZeros().toPlainString(),
        day(d.startDate()), month(d.startDate()), year(d.startDate()),
        day(d.leavingDate()), month(d.leavingDate()), year(d.leavingDate()), record.version(), null);
  }

  /** The details as typed, with a problem in {@code errors} for each field that cannot be read. */
  StaffDetails read(FormErrors errors) {
    return new StaffDetails(FormFields.text(forename), FormFields.text(surname), FormFields.choice(Grade.class, grade),
        FormFields.text(teamCode), FormFields.text(email),
        FormFields.number(errors, "contractedHours", contractedHours, "37 or 22.5"),
        FormFields.date(errors, "startDate", "Start date", startDateDay, startDateMonth, startDateYear),
        FormFields.date(errors, "leavingDate", "Last working day", leavingDateDay, leavingDateMonth, leavingDateYear));
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }

  StaffForm withVersion(int current) {
    return new StaffForm(forename, surname, grade, teamCode, email, contractedHours, startDateDay, startDateMonth,
        startDateYear, leavingDateDay, leavingDateMonth, leavingDateYear, current, requestKey);
  }

}
