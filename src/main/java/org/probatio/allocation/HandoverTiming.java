package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When a handover was delivered against the person's first appointment: one row of a timeliness measure. */
public record HandoverTiming(
    long handoverId,
    String crn,
    String fromProviderCode,
    String toProviderCode,
    Instant deliveredAt,
    LocalDate deliveredOn,
    @Nullable LocalDate firstAppointmentOn,
    boolean firstAppointmentBeforeDelivery,
    int missingItems,
    boolean acknowledged) {

  static HandoverTiming of(Handover h) {
    return new HandoverTiming(h.id(), h.crn(), h.fromProviderCode(), h.toProviderCode(), h.deliveredAt(),
        h.deliveredOn(), h.firstAppointmentOn(), h.firstAppointmentBeforeDelivery(), h.missing().size(),
        h.acknowledged());
  }
}
