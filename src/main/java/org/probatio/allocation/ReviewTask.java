package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The receiving provider's task to review the initial risk assessment of a case handed to it, due
 * {@link #WORKING_DAYS} working days after delivery; done by a practitioner or senior practitioner.
 */
public record ReviewTask(
    long id,
    long handoverId,
    String crn,
    String providerCode,
    Instant createdAt,
    LocalDate dueOn,
    @Nullable String completedBy,
    @Nullable String completedByName,
    @Nullable Instant completedAt) {

  public static final String TITLE = "Review the initial risk assessment";
  public static final int WORKING_DAYS = 5;

  public String title() {
    return TITLE;
  }

  public boolean completed() {
    return completedAt != null;
  }

  public boolean overdue(LocalDate today) {
    return !completed() && today.isAfter(dueOn);
  }
}
