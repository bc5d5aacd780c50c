package org.probatio.risk;

import java.time.Instant;
import java.time.LocalDate;

/** How the person's risks are managed, and when the plan is next reviewed. */
public record RiskManagementPlan(String crn, String plan, LocalDate reviewOn, String updatedBy, Instant updatedAt,
    int version) {}
