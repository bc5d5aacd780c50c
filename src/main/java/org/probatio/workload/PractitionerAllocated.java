package org.probatio.workload;

import org.jspecify.annotations.Nullable;

/**
 * A case was given to a practitioner; {@code previousStaffCode} held it before a reallocation.
 * {@code copyManager} asks for the practitioner's team manager to be copied into their email.
 */
public record PractitionerAllocated(long allocationId, long caseId, String crn, String staffCode,
    @Nullable String previousStaffCode, boolean sensitive, boolean copyManager) {

  public PractitionerAllocated(long allocationId, long caseId, String crn, String staffCode,
      @Nullable String previousStaffCode, boolean sensitive) {
    this(allocationId, caseId, crn, staffCode, previousStaffCode, sensitive, false);
  }
}
