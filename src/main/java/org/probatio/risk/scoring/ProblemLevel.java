package org.probatio.risk.scoring;

/** An OASys problem level; the models use its ordinal, 0 to 2. */
public enum ProblemLevel {
  NO_PROBLEMS,
  SOME_PROBLEMS,
  SIGNIFICANT_PROBLEMS
}
