package org.probatio.people;

/** Where the person lives now. */
public enum Accommodation implements Labelled {
  SETTLED("Settled: owned or rented"),
  FAMILY_OR_FRIENDS("Living with family or friends"),
  TEMPORARY("Temporary or supported housing"),
  APPROVED_PREMISES("Approved premises"),
  NO_FIXED_ABODE("No fixed abode"),
  IN_CUSTODY("In custody");

  private final String label;

  Accommodation(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
