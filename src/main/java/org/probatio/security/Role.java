package org.probatio.security;

/** What a user may do. A user may hold several. */
public enum Role {
  PRACTITIONER("Practitioner"),
  SENIOR_PRACTITIONER("Senior practitioner"),
  COURT("Court team"),
  ALLOCATOR("Allocator"),
  VLO("Victim liaison officer"),
  INSPECTOR("Inspector"),
  ADMIN("Administrator");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
