package org.probatio.allocation.policy;

/** The providers a policy allocates to: the NPS and the CRCs until June 2021, then the Probation Service. */
public enum Provider {
  NPS("National Probation Service"),
  CRC("Community Rehabilitation Company"),
  PROBATION_SERVICE("Probation Service");

  private final String label;

  Provider(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
