package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every band edge of every predictor, from the published tables. */
class BandThresholdsTest {

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
      "OGRS3, 0, LOW", "OGRS3, 49, LOW", "OGRS3, 50, MEDIUM", "OGRS3, 74, MEDIUM", "OGRS3, 75, HIGH", "OGRS3, 89, HIGH",
      "OGRS3, 90, VERY_HIGH", "OGRS3, 99, VERY_HIGH",
      "OVP, 1, LOW", "OVP, 29, LOW", "OVP, 30, MEDIUM", "OVP, 59, MEDIUM", "OVP, 60, HIGH", "OVP, 79, HIGH",
      "OVP, 80, VERY_HIGH", "OVP, 99, VERY_HIGH",
      "OGP, 1, LOW", "OGP, 33, LOW", "OGP, 34, MEDIUM", "OGP, 66, MEDIUM", "OGP, 67, HIGH", "OGP, 84, HIGH",
      "OGP, 85, VERY_HIGH", "OGP, 99, VERY_HIGH",
      "OSP_DC_POINTS, 0, LOW", "OSP_DC_POINTS, 21, LOW", "OSP_DC_POINTS, 22, MEDIUM", "OSP_DC_POINTS, 29, MEDIUM",
      "OSP_DC_POINTS, 30, HIGH", "OSP_DC_POINTS, 35, HIGH", "OSP_DC_POINTS, 36, VERY_HIGH", "OSP_DC_POINTS, 64, VERY_HIGH",
      "RSR, 0, LOW", "RSR, 2.99, LOW", "RSR, 3.0, MEDIUM", "RSR, 6.89, MEDIUM", "RSR, 6.9, HIGH", "RSR, 99.99, HIGH"})
  void each_score_falls_in_its_published_band(String predictor, double score, RiskBand band) throws Exception {
    BandThresholds thresholds = (BandThresholds) BandThresholds.class.getDeclaredField(predictor).get(null);

    assertThat(thresholds.band(score)).isEqualTo(band);
  }
}
