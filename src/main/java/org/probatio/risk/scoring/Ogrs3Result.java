package org.probatio.risk.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OGRS3: the chance of any proven reoffending within 1 and 2 years, as whole percent, banded on
 * the 2-year score. Scores and feature values are null when validation failed.
 */
public record Ogrs3Result(
    @Nullable RiskBand band,
    @Nullable Integer oneYearScore,
    @Nullable Integer twoYearScore,
    @Nullable Double ageGenderScore,
    @Nullable Double convictionStatusScore,
    @Nullable Double copasScore,
    @Nullable Double offenceGroupParameter,
    List<ValidationError> errors) implements PredictorResult {

  static Ogrs3Result failed(List<ValidationError> errors) {
    return new Ogrs3Result(null, null, null, null, null, null, null, errors);
  }

  /** Each term's contribution to the linear predictor, named as the government service names them. */
  @Override
  public Map<String, Double> featureValues() {
    Map<String, Double> features = new LinkedHashMap<>();
    if (ageGenderScore != null && convictionStatusScore != null && copasScore != null && offenceGroupParameter != null) {
      features.put("ageGenderScore", ageGenderScore);
      features.put("convictionStatusScore", convictionStatusScore);
      features.put("COPASScore", copasScore);
      features.put("offenceGroupParameter", offenceGroupParameter);
    }
    return features;
  }
}
