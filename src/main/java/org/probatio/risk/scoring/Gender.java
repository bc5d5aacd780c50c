package org.probatio.risk.scoring;

/** Gender as the models use it. */
public enum Gender {
  MALE,
  FEMALE
}
