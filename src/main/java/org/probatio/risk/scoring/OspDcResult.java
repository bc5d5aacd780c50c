package org.probatio.risk.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OSP/DC: the chance of direct-contact sexual reoffending, as a percent to 2 dp, from a 64-point
 * scale. Band and score are null when validation failed.
 *
 * @param pointScore null when the predictor does not apply
 * @param bandReductionApplied null when it does not apply or scores no points
 * @param points each factor's points; null unless scored
 */
public record OspDcResult(
    @Nullable RiskBand band,
    @Nullable Double score,
    @Nullable Integer pointScore,
    @Nullable Boolean bandReductionApplied,
    @Nullable Boolean femaleVersion,
    @Nullable Boolean hasSexualOffenceHistory,
    @Nullable OspDcPoints points,
    List<ValidationError> errors) implements PredictorResult {

  static final OspDcResult NOT_APPLICABLE_TO_MEN = notApplicable(false);
  static final OspDcResult NOT_APPLICABLE_TO_WOMEN = notApplicable(true);

  static OspDcResult failed(List<ValidationError> errors) {
    return new OspDcResult(null, null, null, null, null, null, null, errors);
  }

  private static OspDcResult notApplicable(boolean female) {
    return new OspDcResult(RiskBand.NOT_APPLICABLE, 0.0, null, null, female, false, null, List.of());
  }

  @Override
  public Map<String, Double> featureValues() {
    Map<String, Double> features = new LinkedHashMap<>();
    if (points != null) {
      features.put("totalContactAdultSexualSanctionsWeight", (double) points.contactAdult());
      features.put("totalContactChildSexualSanctionsWeight", (double) points.contactChild());
      features.put("totalNonContactSexualOffencesWeight", (double) points.nonContact());
      features.put("ageAtStartOfFollowUpWeight", (double) points.ageAtStartOfFollowUp());
      features.put("ageAtLastSanctionForSexualOffenceWeight", (double) points.ageAtLastSexualSanction());
      features.put("totalNumberOfSanctionsForAllOffencesWeight", (double) points.totalSanctions());
      features.put("currentOffenceAgainstVictimStrangerWeight", (double) points.strangerVictim());
    }
    return features;
  }

  /** The points each OSP/DC factor scored. */
  public record OspDcPoints(int contactAdult, int contactChild, int nonContact, int ageAtStartOfFollowUp,
      int ageAtLastSexualSanction, int totalSanctions, int strangerVictim) {

    int total() {
      return contactAdult + contactChild + nonContact + ageAtStartOfFollowUp + ageAtLastSexualSanction + totalSanctions
          + strangerVictim;
    }
  }
}
