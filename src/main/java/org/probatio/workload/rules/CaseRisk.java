package org.probatio.workload.rules;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the grade rules read about a case: its RoSH level, MAPPA level (0 to 3), protect level ("A" to
 * "D"), each null when there is none, and its active registrations as register code to name (such as
 * "ADVP" to "Domestic abuse perpetrator"), so that a reason can name the registration in words.
 */
public record CaseRisk(@Nullable Rosh rosh, @Nullable Integer mappaLevel, @Nullable String protectLevel,
    Map<String, String> registrations) {

  public CaseRisk {
    if (mappaLevel != null && (mappaLevel < 0 || mappaLevel > 3)) {
      throw new IllegalArgumentException("mappaLevel must be from 0 to 3, not " + mappaLevel);
    }
    if (protectLevel != null && !protectLevel.matches("[A-D]")) {
      throw new IllegalArgumentException("protectLevel must be A, B, C or D, not " + protectLevel);
    }
    registrations = Collections.unmodifiableMap(new TreeMap<>(registrations));
  }

  /** A case with none of the risks the grade rules look at. */
  public static CaseRisk none() {
    return new CaseRisk(null, null, null, Map.of());
  }
}
