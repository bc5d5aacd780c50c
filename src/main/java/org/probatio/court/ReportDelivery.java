package org.probatio.court;

import java.time.Instant;
import java.time.LocalDate;

/** A completed report as the court-to-allocation figures count it: whether it was given to the court on the day. */
public record ReportDelivery(
    long reportId,
    String crn,
    ReportType type,
    String court,
    LocalDate hearingDate,
    Instant completedAt,
    boolean deliveredOnDay,
    String authorName) {}
