package org.probatio.risk.scoring;

import java.util.List;
import java.util.Objects;

/** OVP, the OASys Violence Predictor: violent reoffending in 1 and 2 years, from a point score. */
public final class Ovp {

  static final int ANY_SANCTION = 5;
  static final int MALE = 5;
  /** Points by number of violent sanctions, 0 to 18 or more. */
  private static final int[] VIOLENT_SANCTIONS = {0, 4, 7, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25};
  /** Points by number of non-violent sanctions: each row is the lowest count and its points. */
  private static final int[][] NON_VIOLENT_SANCTIONS = {{21, 5}, {11, 4}, {5, 3}, {3, 2}, {0, 0}};
  /** Points by age at start of follow-up: each row is the lowest age and its points. */
  private static final int[][] AGE = {{51, 0}, {46, 2}, {41, 4}, {36, 6}, {31, 8}, {26, 10}, {24, 12}, {22, 14}, {20, 17}, {18, 20}};
  static final int PER_NEED = 4;
  static final double ALCOHOL_PER_LEVEL = 2.5;
  static final int TEMPER_PER_LEVEL = 3;
  static final int ATTITUDES_PER_LEVEL = 3;
  private static final WholePercentTable PERCENT = new WholePercentTable(0.0722, -4.5215, -3.8773);

  private Ovp() {}

  public static PointScoreResult score(ScoringRequest r) {
    Errors errors = new Errors();
    errors.need(r.gender(), "gender").need(r.dateOfBirth(), "dateOfBirth")
        .need(r.dateAtStartOfFollowupCalculated(), "dateAtStartOfFollowupCalculated")
        .need(r.totalNumberOfSanctionsForAllOffences(), "totalNumberOfSanctionsForAllOffences")
        .need(r.totalNumberOfViolentSanctions(), "totalNumberOfViolentSanctions")
        .need(r.doesRecogniseImpactOfOffendingOnOthers(), "doesRecogniseImpactOfOffendingOnOthers")
        .need(r.isCurrentlyOfNoFixedAbodeOrTransientAccommodation(), "isCurrentlyOfNoFixedAbodeOrTransientAccommodation")
        .need(r.isUnemployed(), "isUnemployed").need(r.currentAlcoholUseProblems(), "currentAlcoholUseProblems")
        .need(r.excessiveAlcoholUse(), "excessiveAlcoholUse")
        .need(r.hasCurrentPsychiatricTreatment(), "hasCurrentPsychiatricTreatment")
        .need(r.temperControl(), "temperControl").need(r.proCriminalAttitudes(), "proCriminalAttitudes")
        .reportMissing(ErrorType.MISSING_MANDATORY_INPUT);
    if (errors.found()) {
      return PointScoreResult.failed(errors.list());
    }
    int sanctions = Objects.requireNonNull(r.totalNumberOfSanctionsForAllOffences());
    if (sanctions < 1) {
      return PointScoreResult.failed(List.of(ValidationError.of(ErrorType.TOTAL_NUMBER_OF_SANCTIONS_LESS_THAN_ONE,
          "totalNumberOfSanctionsForAllOffences")));
    }
    int age = Ages.years(Objects.requireNonNull(r.dateOfBirth()), Objects.requireNonNull(r.dateAtStartOfFollowupCalculated()));
    if (age < 18) {
      return PointScoreResult.unexpected("Invalid ageAtStartOfFollowup value: " + age);
    }
    int violent = Objects.requireNonNull(r.totalNumberOfViolentSanctions());
    if (violent > sanctions || violent < 0) {
      return PointScoreResult.unexpected("Invalid non violent sanctions value: " + (sanctions - violent));
    }
    int points = ANY_SANCTION + (r.gender() == Gender.MALE ? MALE : 0)
        + VIOLENT_SANCTIONS[Math.min(violent, VIOLENT_SANCTIONS.length - 1)]
        + stepped(NON_VIOLENT_SANCTIONS, sanctions - violent) + stepped(AGE, age)
        + (Boolean.FALSE.equals(r.doesRecogniseImpactOfOffendingOnOthers()) ? PER_NEED : 0)
        + (Boolean.TRUE.equals(r.isCurrentlyOfNoFixedAbodeOrTransientAccommodation()) ? PER_NEED : 0)
        + (Boolean.TRUE.equals(r.isUnemployed()) ? PER_NEED : 0)
        + (Boolean.TRUE.equals(r.hasCurrentPsychiatricTreatment()) ? PER_NEED : 0)
        + (int) Math.ceil(ALCOHOL_PER_LEVEL * (level(r.currentAlcoholUseProblems()) + level(r.excessiveAlcoholUse())))
        + TEMPER_PER_LEVEL * level(r.temperControl()) + ATTITUDES_PER_LEVEL * level(r.proCriminalAttitudes());
    return PERCENT.result(points, BandThresholds.OVP);
  }

  /** The points of the first row whose lowest value the count reaches. */
  static int stepped(int[][] rows, int count) {
    for (int[] row : rows) {
      if (count >= row[0]) {
        return row[1];
      }
    }
    return 0;
  }

  static int level(ProblemLevel level) {
    return level.ordinal();
  }
}
