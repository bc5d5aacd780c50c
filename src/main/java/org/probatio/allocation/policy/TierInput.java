package org.probatio.allocation.policy;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the V2 tier model reads about a case.
 *
 * @param rsr the RSR score in percent, or null when there is none
 * @param rosh the level of the current RoSH screening or full analysis, or null when there is none
 * @param mappaLevel the MAPPA level (0 to 3), or null when the person is not managed under MAPPA
 * @param registrations the register codes of the active registrations (e.g. "RMDO", "IIOM"); codes the
 *     model gives no points are ignored. RoSH and MAPPA registrations count through {@code rosh} and
 *     {@code mappaLevel}, not here.
 * @param previousEnforcementActivity a previous breach or recall
 * @param ogrs the OGRS score in percent (0 to 100), or null when there is none
 * @param mandateForChange a current custodial sentence, or a requirement other than unpaid work or an
 *     order extension
 * @param assessment the current assessment, or null when there is none
 * @param unsupervised in an unsupervised period (as is a case with a PRC registration)
 */
public record TierInput(
    Gender gender,
    @Nullable Double rsr,
    @Nullable RoshLevel rosh,
    @Nullable Integer mappaLevel,
    Set<String> registrations,
    boolean previousEnforcementActivity,
    @Nullable Integer ogrs,
    boolean mandateForChange,
    @Nullable TierAssessment assessment,
    boolean unsupervised) {

  public static final int MAX_MAPPA_LEVEL = 3;
  public static final int MAX_OGRS = 100;

  /** @throws IllegalArgumentException naming the field when a number is out of range */
  public TierInput {
    registrations = Set.copyOf(registrations);
    if (rsr != null && !(rsr >= 0 && rsr < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("rsr must be a percentage of 0 or more, not " + rsr);
    }
    if (mappaLevel != null) {
      requireWithin("mappaLevel", mappaLevel, 0, MAX_MAPPA_LEVEL);
    }
    if (ogrs != null) {
      requireWithin("ogrs", ogrs, 0, MAX_OGRS);
    }
  }

  static void requireWithin(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be from " + min + " to " + max + ", not " + value);
    }
  }
}
