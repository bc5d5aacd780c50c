package org.probatio.risk.scoring;

/** Where the person is supervised; only custody blocks the OSP/DC band reduction. */
public enum SupervisionStatus {
  CUSTODY,
  COMMUNITY,
  REMAND
}
