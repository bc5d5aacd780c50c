package org.probatio.people;

/** Gender as recorded on the person record. */
public enum Gender implements Labelled {
  MALE("Male"),
  FEMALE("Female"),
  NOT_KNOWN("Not known"),
  NOT_SPECIFIED("Prefers not to say");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
