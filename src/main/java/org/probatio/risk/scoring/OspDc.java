package org.probatio.risk.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.OspDcResult.OspDcPoints;

/** OSP/DC, the OASys Sexual reoffending Predictor for direct-contact offences. */
public final class OspDc {

  /** Points by count (0, 1, 2, 3 or more) of each kind of sexual sanction. */
  private static final int[] CONTACT_ADULT = {0, 5, 10, 15};
  private static final int[] CONTACT_CHILD = {0, 3, 6, 9};
  private static final int[] NON_CONTACT = {0, 2, 4, 6};
  static final int OLDEST_SCORED_AGE = 60;
  static final int AGE_POINTS_AT_18 = 14;
  /** Points by age at the most recent sexual sanction: each row is the lowest age and its points. */
  private static final int[][] AGE_AT_LAST_SEXUAL_SANCTION = {{18, 10}, {16, 5}, {10, 0}};
  static final int MORE_THAN_ONE_SANCTION = 6;
  static final int STRANGER_VICTIM = 4;
  static final int YEARS_OFFENCE_FREE_FOR_REDUCTION = 5;
  static final double INTERCEPT = -8.633;
  static final double PER_POINT = 0.1598;
  private static final int MOST_POINTS = 64;
  private static final double[] PERCENT_BY_POINTS = percentByPoints();

  private OspDc() {}

  public static OspDcResult score(ScoringRequest r, LocalDate assessmentDate) {
    Errors errors = SexualOffending.validate(r, true);
    if (errors.found()) {
      return OspDcResult.failed(errors.list());
    }
    if (!SexualOffending.applies(r)) {
      return r.gender() == Gender.FEMALE ? OspDcResult.NOT_APPLICABLE_TO_WOMEN : OspDcResult.NOT_APPLICABLE_TO_MEN;
    }
    LocalDate birth = Objects.requireNonNull(r.dateOfBirth());
    LocalDate followUp = Objects.requireNonNull(r.dateAtStartOfFollowupUserInput());
    LocalDate lastSexualOffence = r.dateOfMostRecentSexualOffence();
    int lastSexualSanctionPoints = 0;
    if (lastSexualOffence != null) {
      int age = Ages.years(birth, lastSexualOffence);
      if (age < 10) {
        return OspDcResult.failed(List.of(
            ValidationError.unexpected("Invalid age at last sanction for sexual offence value: " + age)));
      }
      lastSexualSanctionPoints = Ovp.stepped(AGE_AT_LAST_SEXUAL_SANCTION, age);
    }
    int ageAtFollowUp = Ages.years(birth, followUp);
    OspDcPoints points = new OspDcPoints(
        byCount(CONTACT_ADULT, r.totalContactAdultSexualSanctions()),
        byCount(CONTACT_CHILD, r.totalContactChildSexualSanctions()),
        byCount(NON_CONTACT, r.totalNonContactSexualOffences()),
        ageAtFollowUp >= OLDEST_SCORED_AGE ? 0 : AGE_POINTS_AT_18 - Math.max(0, (ageAtFollowUp - 18) / 3),
        lastSexualSanctionPoints,
        Objects.requireNonNull(r.totalNumberOfSanctionsForAllOffences()) >= 2 ? MORE_THAN_ONE_SANCTION : 0,
        Boolean.TRUE.equals(r.isCurrentOffenceAgainstVictimStranger()) ? STRANGER_VICTIM : 0);
    int total = Math.min(points.total(), MOST_POINTS);
    RiskBand band = BandThresholds.OSP_DC_POINTS.band(total);
    Boolean reduced = null;
    if (total > 0) {
      reduced = band != RiskBand.LOW && r.supervisionStatus() != SupervisionStatus.CUSTODY
          && offenceFree(r.mostRecentOffenceDate(), assessmentDate) && offenceFree(lastSexualOffence, assessmentDate)
          && offenceFree(followUp, assessmentDate);
      if (reduced) {
        band = RiskBand.values()[band.ordinal() - 1];
      }
    }
    return new OspDcResult(band, PERCENT_BY_POINTS[total], total, reduced, false, true, points, List.of());
  }

  /** Five full years from the date to the assessment; an absent date does not block (C12). */
  private static boolean offenceFree(@Nullable LocalDate since, LocalDate assessmentDate) {
    return since == null || Ages.years(since, assessmentDate) >= YEARS_OFFENCE_FREE_FOR_REDUCTION;
  }

  private static int byCount(int[] pointsByCount, @Nullable Integer count) {
    return pointsByCount[Math.max(0, Math.min(Objects.requireNonNull(count), pointsByCount.length - 1))];
  }

  private static double[] percentByPoints() {
    double[] percent = new double[MOST_POINTS + 1];
    for (int points = 1; points <= MOST_POINTS; points++) {
      percent[points] = Rounding.percentTwoDp(Rounding.logistic(INTERCEPT + PER_POINT * points));
    }
    return percent;
  }
}
