package org.probatio.allocation.policy;

/** The protect level, from the protect points: 150 or more A; 20 to 149 B; 10 to 19 C; under 10 D. */
public enum ProtectLevel {
  A(150, "150 points or more"),
  B(20, "20 to 149 points"),
  C(10, "10 to 19 points"),
  D(Integer.MIN_VALUE, "under 10 points");

  private final int fromPoints;
  private final String range;

  ProtectLevel(int fromPoints, String range) {
    this.fromPoints = fromPoints;
    this.range = range;
  }

  public static ProtectLevel of(int points) {
    for (ProtectLevel level : values()) {
      if (points >= level.fromPoints) {
        return level;
      }
    }
    throw new AssertionError("D takes any points");
  }

  /** The points that give this level, in words. */
  public String range() {
    return range;
  }
}
