package org.probatio.risk.scoring;

import java.util.List;
import java.util.Map;

/** What every predictor's result tells: why it could not score, how it scored, and with which model. */
public interface PredictorResult {

  List<ValidationError> errors();

  /** Each term's contribution, for explaining a score; empty when none was computed. */
  Map<String, Double> featureValues();

  default ModelVersion modelVersion() {
    return ModelVersion.OASYS_V3_V1_0;
  }
}
