package org.probatio.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A listed hearing. {@code courtProviderCode} is the provider whose court team works it. */
public record Hearing(
    long id,
    String crn,
    String court,
    LocalDate date,
    CourtSession session,
    String courtroom,
    String courtProviderCode,
    List<Charge> charges,
    String createdBy,
    Instant createdAt) {}
