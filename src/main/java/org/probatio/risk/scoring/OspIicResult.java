package org.probatio.risk.scoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** OSP/IIC: band and percent (2 dp) for indecent-image and indirect-contact sexual reoffending. */
public record OspIicResult(
    @Nullable RiskBand band,
    @Nullable Double score,
    @Nullable Boolean femaleVersion,
    @Nullable Boolean hasSexualOffenceHistory,
    List<ValidationError> errors) implements PredictorResult {

  static OspIicResult failed(List<ValidationError> errors) {
    return new OspIicResult(null, null, null, null, errors);
  }

  @Override
  public Map<String, Double> featureValues() {
    return Map.of();
  }
}
