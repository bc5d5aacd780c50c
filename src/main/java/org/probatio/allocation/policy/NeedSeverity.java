package org.probatio.allocation.policy;

/** How severe an assessed need is; the need's weight is multiplied by the severity's factor. */
public enum NeedSeverity {
  NO_NEED("no need", 0),
  STANDARD("standard", 1),
  SEVERE("severe", 2);

  private final String label;
  private final int factor;

  NeedSeverity(String label, int factor) {
    this.label = label;
    this.factor = factor;
  }

  public String label() {
    return label;
  }

  public int factor() {
    return factor;
  }
}
