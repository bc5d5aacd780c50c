package org.probatio.workload;

/** Where a version of the workload configuration stands today. */
public enum VersionStatus {
  FUTURE("Future"),
  IN_FORCE("In force"),
  PAST("Past"),
  WITHDRAWN("Withdrawn");

  private final String label;

  VersionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
