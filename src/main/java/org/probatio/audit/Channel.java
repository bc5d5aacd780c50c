package org.probatio.audit;

/** How the user reached the record. */
public enum Channel {
  WEB,
  API,
  CLI
}
