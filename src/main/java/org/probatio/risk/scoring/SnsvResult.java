package org.probatio.risk.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SNSV: the chance of serious violent reoffending in 2 years, percent to 2 dp, with the variant
 * used. A static fallback keeps its MISSING_DYNAMIC_INPUT warning among the errors.
 */
public record SnsvResult(@Nullable SnsvVariant type, @Nullable Double score, double @Nullable [] terms,
    List<ValidationError> errors) implements PredictorResult {

  static SnsvResult failed(List<ValidationError> errors) {
    return new SnsvResult(null, null, null, errors);
  }

  /** Whether errors other than the missing-dynamic-input warning stopped the score (C15). */
  public boolean failed() {
    return score == null;
  }

  @Override
  public Map<String, Double> featureValues() {
    Map<String, Double> features = new LinkedHashMap<>();
    if (terms != null) {
      for (SnsvFeature feature : SnsvFeature.values()) {
        features.put(feature.featureName(), terms[feature.ordinal()]);
      }
    }
    return features;
  }
}
