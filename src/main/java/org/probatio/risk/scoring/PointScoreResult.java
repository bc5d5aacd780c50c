package org.probatio.risk.scoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OVP or OGP: a point score and the 1- and 2-year chances of reoffending as whole percent, banded
 * on the 2-year score. All null when validation failed.
 */
public record PointScoreResult(
    @Nullable RiskBand band,
    @Nullable Integer oneYearScore,
    @Nullable Integer twoYearScore,
    @Nullable Integer pointScore,
    List<ValidationError> errors) implements PredictorResult {

  static PointScoreResult failed(List<ValidationError> errors) {
    return new PointScoreResult(null, null, null, null, errors);
  }

  static PointScoreResult unexpected(String detail) {
    return failed(List.of(ValidationError.unexpected(detail)));
  }

  @Override
  public Map<String, Double> featureValues() {
    return pointScore == null ? Map.of() : Map.of("pointScore", pointScore.doubleValue());
  }
}
