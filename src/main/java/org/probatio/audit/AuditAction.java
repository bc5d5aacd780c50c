package org.probatio.audit;

/** What was done to a record. */
public enum AuditAction {
  VIEW,
  SEARCH,
  CREATE,
  UPDATE,
  ACCESS_CHANGE,
  TOKEN_CREATE,
  TOKEN_REVOKE
}
