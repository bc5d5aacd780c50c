package org.probatio.risk.scoring;

/**
 * The model family and version a score was computed with, stored with every calculation so it can
 * be replayed. A successor family (OASys v4.1: ARP, VRP, SVRP, DC-SRP, IIC-SRP, CSRP) is added as
 * another constant beside its own predictors, leaving these untouched.
 */
public enum ModelVersion {
  /** OASys v3 predictors, as in the government scoring service's request format "V1_0". */
  OASYS_V3_V1_0("OASys v3 (OGRS3, OVP, OGP, OSP/DC, OSP/IIC, SNSV, RSR), request format V1_0");

  private final String description;

  ModelVersion(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
