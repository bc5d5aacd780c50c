package org.probatio.risk.scoring;

/** An OASys yes, sometimes or no answer; the models use its ordinal, 0 to 2. */
public enum YesSometimesNo {
  YES,
  SOMETIMES,
  NO
}
