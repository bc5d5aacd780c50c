package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member of staff, placed in a team; {@code providerCode} is derived from the team for convenience. */
public record StaffMember(
    String code,
    String forename,
    String surname,
    Grade grade,
    String teamCode,
    String providerCode,
    @Nullable String email,
    BigDecimal contractedHours,
    LocalDate startDate) {

  public String displayName() {
    return forename + " " + surname;
  }
}
