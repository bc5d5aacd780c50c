package org.probatio.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person's whole record, as shown to a user allowed to see it. */
public record Person(
    Crn crn,
    PersonDetails details,
    String providerCode,
    @Nullable String responsibleOfficerCode,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    List<AddressPeriod> addressHistory) {}
