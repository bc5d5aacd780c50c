package org.probatio.risk;

/** A registration was added, reviewed or removed. Tiers and reviews are recalculated on this. */
public record RegistrationChanged(String crn, long registrationId, RegisterType type, Change change) {

  public enum Change { ADDED, REVIEWED, REMOVED }
}
