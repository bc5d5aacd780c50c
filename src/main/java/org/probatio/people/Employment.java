package org.probatio.people;

/** The person's work or study. */
public enum Employment implements Labelled {
  FULL_TIME("Employed full-time"),
  PART_TIME("Employed part-time"),
  SELF_EMPLOYED("Self-employed"),
  UNEMPLOYED("Unemployed"),
  EDUCATION_OR_TRAINING("In education or training"),
  UNABLE_TO_WORK("Unable to work"),
  RETIRED("Retired");

  private final String label;

  Employment(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
