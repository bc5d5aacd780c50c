package org.probatio.risk.scoring;

import static org.probatio.risk.scoring.SnsvCoefficients.*;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The dynamic SNSV's assessment terms: each answer times its coefficient (C14). */
final class SnsvDynamicTerms {

  private SnsvDynamicTerms() {}

  static void add(double[] t, ScoringRequest r) {
    t[SnsvFeature.WEAPON.ordinal()] = Boolean.TRUE.equals(r.didOffenceInvolveCarryingOrUsingWeapon()) ? WEAPON : 0;
    t[SnsvFeature.ACCOMMODATION.ordinal()] = level(r.suitabilityOfAccommodation()) * ACCOMMODATION;
    t[SnsvFeature.UNEMPLOYED.ordinal()] = Boolean.TRUE.equals(r.isUnemployed()) ? UNEMPLOYED : 0;
    t[SnsvFeature.PARTNER_RELATIONSHIP.ordinal()] = level(r.currentRelationshipWithPartner()) * PARTNER_RELATIONSHIP;
    t[SnsvFeature.CURRENT_ALCOHOL_USE.ordinal()] = level(r.currentAlcoholUseProblems()) * CURRENT_ALCOHOL_USE;
    t[SnsvFeature.BINGE_DRINKING.ordinal()] = level(r.excessiveAlcoholUse()) * BINGE_DRINKING;
    t[SnsvFeature.IMPULSIVITY.ordinal()] = level(r.impulsivityProblems()) * IMPULSIVITY;
    t[SnsvFeature.TEMPER.ordinal()] = level(r.temperControl()) * TEMPER;
    t[SnsvFeature.PRO_CRIMINAL_ATTITUDES.ordinal()] = level(r.proCriminalAttitudes()) * PRO_CRIMINAL_ATTITUDES;
    boolean domesticAbuse = Boolean.TRUE.equals(r.evidenceOfDomesticAbuse())
        && Boolean.TRUE.equals(r.domesticAbuseAgainstPartner());
    t[SnsvFeature.DOMESTIC_ABUSE.ordinal()] = domesticAbuse ? DOMESTIC_ABUSE_OF_PARTNER : 0;
    double previous = 0;
    for (PreviousConviction conviction : Objects.requireNonNull(r.previousConvictions())) {
      previous += conviction.snsvDynamicWeight();
    }
    t[SnsvFeature.PREVIOUS_CONVICTIONS.ordinal()] = previous;
  }

  private static int level(@Nullable ProblemLevel level) {
    return Objects.requireNonNull(level).ordinal();
  }
}
