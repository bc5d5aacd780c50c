package org.probatio.risk;

import org.jspecify.annotations.Nullable;

/**
 * RoSH by who is at risk. Community levels are always assessed; custody levels only while the person
 * is, or may soon be, in custody. The overall level is the highest community level.
 */
public record RoshLevels(
    RoshLevel communityChildren,
    RoshLevel communityPublic,
    RoshLevel communityKnownAdult,
    RoshLevel communityStaff,
    @Nullable RoshLevel custodyChildren,
    @Nullable RoshLevel custodyPublic,
    @Nullable RoshLevel custodyKnownAdult,
    @Nullable RoshLevel custodyStaff,
    @Nullable RoshLevel custodyPrisoners) {

  public RoshLevel overall() {
    return RoshLevel.highest(communityChildren, communityPublic, communityKnownAdult, communityStaff);
  }
}
