package org.probatio.risk.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * All seven OASys v3 predictors for one request. One predictor's errors never stop another: each
 * result carries its own. The assessment date used is recorded with the scores.
 */
public record RiskScores(
    LocalDate assessmentDate,
    String offenceMapping,
    Ogrs3Result ogrs3,
    PointScoreResult ovp,
    PointScoreResult ogp,
    OspDcResult ospDc,
    OspIicResult ospIic,
    SnsvResult snsv,
    RsrResult rsr) {

  public ModelVersion modelVersion() {
    return ModelVersion.OASYS_V3_V1_0;
  }

  /**
   * Scores the request as of its own assessment date, or {@code assessmentDateIfAbsent} when it has
   * none.
   */
  public static RiskScores score(ScoringRequest request, LocalDate assessmentDateIfAbsent, OffenceWeights weights) {
    LocalDate assessmentDate = request.assessmentDateOr(assessmentDateIfAbsent);
    Ogrs3Result ogrs3 = guarded(() -> Ogrs3.score(request, weights), Ogrs3Result::failed);
    OspDcResult ospDc = guarded(() -> OspDc.score(request, assessmentDate), OspDcResult::failed);
    OspIicResult ospIic = guarded(() -> OspIic.score(request), OspIicResult::failed);
    SnsvResult snsv = guarded(() -> Snsv.score(request, assessmentDate, weights), SnsvResult::failed);
    return new RiskScores(assessmentDate, weights.version(), ogrs3,
        guarded(() -> Ovp.score(request), PointScoreResult::failed),
        guarded(() -> Ogp.score(request, ogrs3), PointScoreResult::failed),
        ospDc, ospIic, snsv, Rsr.combine(request, snsv, ospDc, ospIic));
  }

  /** A failure while calculating becomes the single UNEXPECTED_ERROR of that predictor (C6). */
  private static <T> T guarded(Supplier<T> predictor,
      Function<List<ValidationError>, T> failed) {
    try {
      return predictor.get();
    } catch (RuntimeException e) {
      return failed.apply(List.of(ValidationError.unexpected(String.valueOf(e.getMessage()))));
    }
  }
}
