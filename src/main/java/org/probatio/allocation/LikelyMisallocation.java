package org.probatio.allocation;

/**
 * A final allocation that looks wrong on the record: the case went to the CRC although its recorded
 * factors meet an NPS criterion, or it went to the NPS although none does (risk that looks inflated).
 */
public record LikelyMisallocation(AllocationDecision decision, Direction direction, String why) {

  public enum Direction {
    NPS_CASE_AT_CRC("Meets an NPS criterion but went to the CRC"),
    CRC_CASE_AT_NPS("Went to the NPS although no NPS criterion is met");

    private final String label;

    Direction(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
