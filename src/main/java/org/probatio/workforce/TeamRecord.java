package org.probatio.workforce;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A team as the team pages and API show it: where it sits, how many staff work in it now, the
 * version a rename must name, and who changed it last.
 */
public record TeamRecord(Team team, String deliveryUnitName, String providerCode, int currentStaff, int version,
    @Nullable Instant updatedAt, @Nullable String updatedBy) {

  public String code() {
    return team.code();
  }

  public String name() {
    return team.name();
  }
}
