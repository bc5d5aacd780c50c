package org.probatio.risk.scoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** RSR: percent to 2 dp, 0 to 99.99, banded LOW, MEDIUM or HIGH; null when a component failed. */
public record RsrResult(
    @Nullable RiskBand band,
    @Nullable Double score,
    @Nullable Boolean femaleVersion,
    @Nullable Boolean hasSexualOffenceHistory,
    List<ValidationError> errors) implements PredictorResult {

  @Override
  public Map<String, Double> featureValues() {
    return Map.of();
  }
}
