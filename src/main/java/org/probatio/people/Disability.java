package org.probatio.people;

/** Whether the person considers themselves disabled (Equality Act 2010). */
public enum Disability implements Labelled {
  YES("Yes"),
  NO("No"),
  NOT_STATED("Prefers not to say");

  private final String label;

  Disability(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
