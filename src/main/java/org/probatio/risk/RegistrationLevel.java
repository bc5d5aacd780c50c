package org.probatio.risk;

/** How serious the concern behind a registration is, where the register uses a level. */
public enum RegistrationLevel {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High");

  private final String label;

  RegistrationLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
