package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;

/** A handover whose first appointment is recorded, and whether it was delivered by that day. */
public record HandoverTimeliness(long handoverId, String crn, String fromProviderCode, String toProviderCode,
    Instant deliveredAt, LocalDate firstAppointmentOn, boolean deliveredFirst) {}
