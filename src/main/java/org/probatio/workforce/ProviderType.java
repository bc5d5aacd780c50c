package org.probatio.workforce;

/** The kind of organisation that supervises cases: the Transforming Rehabilitation split, or one service. */
public enum ProviderType {
  NPS_DIVISION("National Probation Service division"),
  CRC("Community Rehabilitation Company"),
  UNIFIED_REGION("Probation Service region");

  private final String label;

  ProviderType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
