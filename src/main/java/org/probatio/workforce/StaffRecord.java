package org.probatio.workforce;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff as the staff pages and API show them: with their team's and delivery unit's
 * names, the version a change must name, and who changed the record last (none for records loaded
 * in bulk and never changed).
 */
public record StaffRecord(StaffMember member, String teamName, String deliveryUnitName, int version,
    @Nullable Instant updatedAt, @Nullable String updatedBy) {

  public String code() {
    return member.code();
  }
}
