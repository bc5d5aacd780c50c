package org.probatio.risk.scoring;

/** The SNSV variant: static (offending history only) or dynamic (with assessment answers). */
public enum SnsvVariant {
  STATIC,
  DYNAMIC
}
