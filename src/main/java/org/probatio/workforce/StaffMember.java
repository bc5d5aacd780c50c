package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff, placed in a team; {@code providerCode} is derived from the team for convenience.
 * {@code leavingDate} is their last working day, once they have left or are known to be leaving:
 * they keep their history but are not offered new cases after it.
 */
public record StaffMember(
    String code,
    String forename,
    String surname,
    Grade grade,
    String teamCode,
    String providerCode,
    @Nullable String email,
    BigDecimal contractedHours,
    LocalDate startDate,
    @Nullable LocalDate leavingDate) {

  /** A member of staff who has not left. */
  public StaffMember(String code, String forename, String surname, Grade grade, String teamCode, String providerCode,
      @Nullable String email, BigDecimal contractedHours, LocalDate startDate) {
    this(code, forename, surname, grade, teamCode, providerCode, email, contractedHours, startDate, null);
  }

  public String displayName() {
    return forename + " " + surname;
  }

  /** Whether they work here on the day: started on or before it, and it is not after their last working day. */
  public boolean workingOn(LocalDate day) {
    return !startDate.isAfter(day) && (leavingDate == null || !leavingDate.isBefore(day));
  }

  /** Whether their last working day is before the day. */
  public boolean leftBy(LocalDate day) {
    return leavingDate != null && leavingDate.isBefore(day);
  }
}
