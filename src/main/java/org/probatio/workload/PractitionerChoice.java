package org.probatio.workload;

import org.jspecify.annotations.Nullable;

/**
 * What an allocating senior practitioner submits. {@code replacing} is the allocation they saw as the
 * case's current one (null if they saw it unallocated), so a change made meanwhile is noticed; a
 * reallocation needs its reason. {@code requestKey} makes a repeated submission harmless.
 */
public record PractitionerChoice(
    String staffCode,
    String justification,
    boolean sensitive,
    @Nullable String oversightNote,
    @Nullable String gradeOverrideReason,
    @Nullable Long replacing,
    @Nullable ReallocationReason reallocationReason,
    @Nullable String reallocationDetails,
    String requestKey) {}
