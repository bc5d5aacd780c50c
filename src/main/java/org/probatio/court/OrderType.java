package org.probatio.court;

import org.jspecify.annotations.Nullable;

/**
 * The orders probation supervises, with the longest length each may have (in months; none for
 * custody) and whether it carries community requirements or a licence.
 */
public enum OrderType {
  /** Up to three years, with at least one requirement. */
  COMMUNITY_ORDER("Community order", 36, true, false),
  /** A custodial term of up to two years, suspended; requirements are optional. */
  SUSPENDED_SENTENCE_ORDER("Suspended sentence order", 24, true, false),
  CUSTODY_WITH_LICENCE("Custody with licence", null, false, true),
  /** Twelve months of supervision after a short sentence's licence ends. */
  POST_SENTENCE_SUPERVISION("Post-sentence supervision", 12, false, false);

  private final String label;
  private final @Nullable Integer maxMonths;
  private final boolean requirements;
  private final boolean custody;

  OrderType(String label, @Nullable Integer maxMonths, boolean requirements, boolean custody) {
    this.label = label;
    this.maxMonths = maxMonths;
    this.requirements = requirements;
    this.custody = custody;
  }

  public String label() {
    return label;
  }

  public @Nullable Integer maxMonths() {
    return maxMonths;
  }

  /** Whether the order carries community requirements. */
  public boolean takesRequirements() {
    return requirements;
  }

  /** Whether the order is served in custody and then on licence. */
  public boolean custody() {
    return custody;
  }
}
