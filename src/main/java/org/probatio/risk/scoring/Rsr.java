package org.probatio.risk.scoring;

import java.util.ArrayList;
import java.util.List;

/** RSR, the Risk of Serious Recidivism: SNSV, OSP/DC and OSP/IIC added together. */
public final class Rsr {

  /** Added for a woman with a sexual offence history, whom OSP does not score. */
  static final double FEMALE_SEXUAL_OFFENCE_HISTORY = 0.38;
  static final double MOST = 99.99;

  private Rsr() {}

  public static RsrResult combine(ScoringRequest r, SnsvResult snsv, OspDcResult ospDc, OspIicResult ospIic) {
    boolean female = r.gender() == Gender.FEMALE;
    Boolean history = r.hasEverCommittedSexualOffence();
    Double snsvScore = snsv.score();
    Double dcScore = ospDc.score();
    Double iicScore = ospIic.score();
    if (snsvScore == null || dcScore == null || iicScore == null) {
      List<String> failed = new ArrayList<>(3);
      if (dcScore == null) {
        failed.add("OSPDC");
      }
      if (iicScore == null) {
        failed.add("OSPIIC");
      }
      if (snsvScore == null) {
        failed.add("SNSV");
      }
      return new RsrResult(null, null, null, null,
          List.of(ValidationError.of(ErrorType.COMPONENT_VALIDATION_ERROR, failed)));
    }
    double femaleTerm = female && Boolean.TRUE.equals(history) ? FEMALE_SEXUAL_OFFENCE_HISTORY : 0;
    double score = Math.max(0, Math.min(MOST, Rounding.twoDp(snsvScore + dcScore + iicScore + femaleTerm)));
    return new RsrResult(BandThresholds.RSR.band(score), score, female, history, List.of());
  }
}
