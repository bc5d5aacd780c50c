package org.probatio.allocation.policy;

/** Gender as the tier model uses it: some protect factors count for women only. */
public enum Gender {
  MALE,
  FEMALE
}
