package org.probatio.risk.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** OGRS3, the Offender Group Reconviction Scale version 3: any proven reoffending in 1 and 2 years. */
public final class Ogrs3 {

  static final double ONE_YEAR_CONSTANT = 1.40256;
  static final double TWO_YEAR_CONSTANT = 2.1217;
  static final double FIRST_SANCTION = 0.12614;
  static final double LATER_SANCTION = 0.46306;
  static final double COPAS_COEFFICIENT = 1.25112;

  /** Age at start of follow-up, from each age group's lower bound, and its parameter by gender. */
  private static final int[] AGE_GROUP_FROM = {10, 12, 14, 16, 18, 21, 25, 30, 35, 40, 50};
  private static final double[] MALE = {0, 0.08392, 0.07578, -0.0616, -0.6251, -1.0515, -1.1667, -1.326, -1.368, -1.4997, -2.0253};
  private static final double[] FEMALE = {0.785, 0.61385, 0.66952, -0.9592, -0.8975, -1.0285, -1.0528, -1.1291, -1.4219, -1.5247, -2.4498};
  private static final int OLDEST_GROUP_FROM = 50;
  private static final double[][] AGE_GENDER_BY_AGE = ageGenderByAge();

  private Ogrs3() {}

  public static Ogrs3Result score(ScoringRequest request, OffenceWeights weights) {
    Errors errors = new Errors();
    errors.need(request.gender(), "gender").need(request.dateOfBirth(), "dateOfBirth")
        .need(request.dateOfCurrentConviction(), "dateOfCurrentConviction")
        .need(request.dateAtStartOfFollowupCalculated(), "dateAtStartOfFollowupCalculated")
        .need(request.totalNumberOfSanctionsForAllOffences(), "totalNumberOfSanctionsForAllOffences")
        .need(request.ageAtFirstSanction(), "ageAtFirstSanction").need(request.currentOffenceCode(), "currentOffenceCode")
        .reportMissing(ErrorType.MISSING_MANDATORY_INPUT);
    Integer sanctions = request.totalNumberOfSanctionsForAllOffences();
    if (sanctions != null && sanctions < 1) {
      errors.add(ErrorType.TOTAL_NUMBER_OF_SANCTIONS_LESS_THAN_ONE, "totalNumberOfSanctionsForAllOffences");
    }
    String code = request.currentOffenceCode();
    if (code != null && code.length() != 5) {
      errors.add(ErrorType.OFFENCE_CODE_INCORRECT_FORMAT, "currentOffenceCode");
    }
    if (errors.found()) {
      return Ogrs3Result.failed(errors.list());
    }
    LocalDate birth = Objects.requireNonNull(request.dateOfBirth());
    LocalDate conviction = Objects.requireNonNull(request.dateOfCurrentConviction());
    LocalDate followUp = Objects.requireNonNull(request.dateAtStartOfFollowupCalculated());
    if (!conviction.isAfter(birth)) {
      return unexpected("dateOfCurrentConviction cannot be on or before date of birth.");
    }
    if (!followUp.isAfter(birth)) {
      return unexpected("dateAtStartOfFollowup cannot be on or before date of birth.");
    }
    int ageAtConviction = Ages.years(birth, conviction);
    int ageAtFirstSanction = Objects.requireNonNull(request.ageAtFirstSanction());
    if (ageAtConviction < 10) {
      errors.add(ErrorType.AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN, "dateOfBirth", "dateOfCurrentConviction");
    }
    if (ageAtFirstSanction > ageAtConviction) {
      errors.add(ErrorType.AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION,
          "dateOfBirth", "dateOfCurrentConviction", "ageAtFirstSanction");
    }
    OffenceWeight offence = weights.find(Objects.requireNonNull(code));
    Double offenceWeight = offence == null ? null : offence.ogrs3Weight();
    if (offence != null && offence.needsExactOffence()) {
      errors.add(ValidationError.of(ErrorType.NEED_DETAILS_OF_EXACT_OFFENCE, "currentOffenceCode"));
    } else if (offenceWeight == null) {
      errors.add(new ValidationError(ErrorType.OFFENCE_CODE_MAPPING_NOT_FOUND, List.of("currentOffenceCode"),
          ErrorType.OFFENCE_CODE_MAPPING_NOT_FOUND.message() + code));
    }
    if (errors.found()) {
      return Ogrs3Result.failed(errors.list());
    }
    int ageAtFollowUp = Ages.years(birth, followUp);
    if (ageAtFollowUp < 10) {
      return unexpected("Unhandled age: " + ageAtFollowUp);
    }
    double ageGender = AGE_GENDER_BY_AGE[request.gender() == Gender.FEMALE ? 1 : 0][Math.min(ageAtFollowUp, OLDEST_GROUP_FROM)];
    double status = sanctions == 1 ? FIRST_SANCTION : LATER_SANCTION;
    double copas = COPAS_COEFFICIENT * Math.log(sanctions / (double) (10 + ageAtConviction - ageAtFirstSanction));
    double offenceParameter = Objects.requireNonNull(offenceWeight);
    // Summed in the published order for each constant, so the doubles match the reference method.
    int oneYear = percent(ONE_YEAR_CONSTANT + ageGender + status + copas + offenceParameter);
    int twoYear = percent(TWO_YEAR_CONSTANT + ageGender + status + copas + offenceParameter);
    return new Ogrs3Result(BandThresholds.OGRS3.band(twoYear), oneYear, twoYear, ageGender, status, copas, offenceWeight,
        List.of());
  }

  private static int percent(double linearPredictor) {
    return clamp(Rounding.ogrs3Percent(Rounding.logistic(linearPredictor)));
  }

  /** Whole-percent scores are reported from 1 to 99. */
  static int clamp(int percent) {
    return Math.max(1, Math.min(99, percent));
  }

  private static Ogrs3Result unexpected(String detail) {
    return Ogrs3Result.failed(List.of(ValidationError.unexpected(detail)));
  }

  private static double[][] ageGenderByAge() {
    double[][] byAge = new double[2][OLDEST_GROUP_FROM + 1];
    for (int age = AGE_GROUP_FROM[0]; age <= OLDEST_GROUP_FROM; age++) {
      int group = AGE_GROUP_FROM.length - 1;
      while (AGE_GROUP_FROM[group] > age) {
        group--;
      }
      byAge[0][age] = MALE[group];
      byAge[1][age] = FEMALE[group];
    }
    return byAge;
  }
}
