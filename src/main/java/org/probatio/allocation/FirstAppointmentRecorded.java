package org.probatio.allocation;

import java.time.LocalDate;

/** The date of a person's first appointment with the receiving provider, and whether it came before delivery. */
public record FirstAppointmentRecorded(long handoverId, String crn, String toProviderCode, LocalDate firstAppointmentOn,
    LocalDate deliveredOn, boolean beforeDelivery) {}
