package org.probatio.workload;

import org.jspecify.annotations.Nullable;

/**
 * What an allocating senior practitioner submits. {@code replacing} is the allocation they saw as the
 * case's current one (null if they saw it unallocated), so a change made meanwhile is noticed; a
 * reallocation needs its reason. {@code gradeOverrideReason} lets a senior practitioner give the case
 * to a practitioner whose grade the grade rules keep from it. {@code requestKey} makes a repeated
 * submission harmless; {@code copyManager} copies the practitioner's team manager into the email.
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
    String requestKey,
    boolean copyManager) {

  /** A choice that copies nobody into the practitioner's email. */
  public PractitionerChoice(String staffCode, String justification, boolean sensitive, @Nullable String oversightNote,
      @Nullable String gradeOverrideReason, @Nullable Long replacing, @Nullable ReallocationReason reallocationReason,
      @Nullable String reallocationDetails, String requestKey) {
    this(staffCode, justification, sensitive, oversightNote, gradeOverrideReason, replacing, reallocationReason,
        reallocationDetails, requestKey, false);
  }
}
