package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff's details as a user gives them, to add or change the record. Anything may be
 * missing: {@link StaffRecords} names each problem. The staff code is given by Probatio.
 *
 * @param leavingDate their last working day, once they have left or are known to be leaving
 */
public record StaffDetails(
    @Nullable String forename,
    @Nullable String surname,
    @Nullable Grade grade,
    @Nullable String teamCode,
    @Nullable String email,
    @Nullable BigDecimal contractedHours,
    @Nullable LocalDate startDate,
    @Nullable LocalDate leavingDate) {

  public static StaffDetails of(StaffMember member) {
    return new StaffDetails(member.forename(), member.surname(), member.grade(), member.teamCode(), member.email(),
        member.contractedHours(), member.startDate(), member.leavingDate());
  }

  /** The same, with the last working day changed. */
  public StaffDetails leavingOn(@Nullable LocalDate day) {
    return new StaffDetails(forename, surname, grade, teamCode, email, contractedHours, startDate, day);
  }
}
