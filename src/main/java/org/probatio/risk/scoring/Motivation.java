package org.probatio.risk.scoring;

/** Motivation to tackle drug misuse; the models use its ordinal, 0 to 2. */
public enum Motivation {
  FULL_MOTIVATION,
  PARTIAL_MOTIVATION,
  NO_MOTIVATION
}
