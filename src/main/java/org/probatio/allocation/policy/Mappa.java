package org.probatio.allocation.policy;

/** MAPPA (multi-agency public protection arrangements) eligibility: a category 1 to 4 and a level 0 to 3. */
public record Mappa(int category, int level) {

  public static final int MAX_CATEGORY = 4;

  public Mappa {
    TierInput.requireWithin("MAPPA category", category, 1, MAX_CATEGORY);
    TierInput.requireWithin("MAPPA level", level, 0, TierInput.MAX_MAPPA_LEVEL);
  }

  @Override
  public String toString() {
    return "category " + category + ", level " + level;
  }
}
