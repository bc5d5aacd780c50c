package org.probatio.workload;

import org.jspecify.annotations.Nullable;

/** A case was given to a practitioner; {@code previousStaffCode} held it before a reallocation. */
public record PractitionerAllocated(long allocationId, long caseId, String crn, String staffCode,
    @Nullable String previousStaffCode, boolean sensitive) {}
