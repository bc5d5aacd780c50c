package org.probatio.risk.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** OGP, the OASys General reoffending Predictor: non-violent reoffending in 1 and 2 years. */
public final class Ogp {

  static final double OGRS3_PER_PERCENT = 0.6;
  static final int PER_NEED = 5;
  /** Points for regular offending activities and pro-criminal attitudes, by problem level. */
  private static final int[] BY_PROBLEM_LEVEL = {0, 3, 5};
  static final double DRUGS_PER_LEVEL = 3.75;
  private static final WholePercentTable PERCENT = new WholePercentTable(0.0616, -3.6832, -3.0795);

  private Ogp() {}

  public static PointScoreResult score(ScoringRequest request, OffenceWeights weights) {
    return score(request, Ogrs3.score(request, weights));
  }

  /** OGP from an OGRS3 result for the same request; OGRS3's own errors are not repeated. */
  public static PointScoreResult score(ScoringRequest r, Ogrs3Result ogrs3) {
    Errors errors = new Errors();
    errors.need(r.isCurrentlyOfNoFixedAbodeOrTransientAccommodation(), "isCurrentlyOfNoFixedAbodeOrTransientAccommodation")
        .need(r.isUnemployed(), "isUnemployed").need(r.regularOffendingActivities(), "regularOffendingActivities")
        .need(r.currentDrugMisuse(), "currentDrugMisuse")
        .need(r.motivationToTackleDrugMisuse(), "motivationToTackleDrugMisuse")
        .need(r.problemSolvingSkills(), "problemSolvingSkills").need(r.awarenessOfConsequences(), "awarenessOfConsequences")
        .need(r.understandsOtherPeoplesViews(), "understandsOtherPeoplesViews")
        .need(r.proCriminalAttitudes(), "proCriminalAttitudes")
        .need(ogrs3.twoYearScore(), "ogrs3TwoYear")
        .reportMissing(ErrorType.MISSING_MANDATORY_INPUT);
    Integer ogrs3TwoYear = ogrs3.twoYearScore();
    if (errors.found() || ogrs3TwoYear == null) {
      return PointScoreResult.failed(errors.list());
    }
    // Each product is rounded half up as a double (C2): 3 x 5/6 = 2.5 gives 3.
    int points = (int) Math.round(OGRS3_PER_PERCENT * ogrs3TwoYear)
        + (Boolean.TRUE.equals(r.isCurrentlyOfNoFixedAbodeOrTransientAccommodation()) ? PER_NEED : 0)
        + (Boolean.TRUE.equals(r.isUnemployed()) ? PER_NEED : 0)
        + BY_PROBLEM_LEVEL[ordinal(r.regularOffendingActivities())]
        + (int) Math.round(DRUGS_PER_LEVEL * (ordinal(r.currentDrugMisuse()) + ordinal(r.motivationToTackleDrugMisuse())))
        + (int) Math.round((ordinal(r.problemSolvingSkills()) + ordinal(r.awarenessOfConsequences())
            + ordinal(r.understandsOtherPeoplesViews())) * 5 / 6.0)
        + BY_PROBLEM_LEVEL[ordinal(r.proCriminalAttitudes())];
    return PERCENT.result(points, BandThresholds.OGP);
  }

  private static int ordinal(@Nullable Enum<?> answer) {
    return Objects.requireNonNull(answer).ordinal();
  }
}
