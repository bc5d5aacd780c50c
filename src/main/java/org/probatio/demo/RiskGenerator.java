package org.probatio.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.probatio.demo.Timeline.Screening;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RegistrationLevel;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RiskToLoad.LoadedScreening;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;

/**
 * Risk for the demo region, as the inspectors found it: most cases screened but not all, the high-risk
 * cases (the NPS division's, or about three in ten of a unified region's: see {@link RegionModel}) at
 * higher RoSH, and about a quarter of warning flags past their review date. A person with a court
 * episode has the screening the episode plans (see {@link Timeline}); everyone else has one as
 * drawn here. Pure and seeded per person, so adding risk never changes the people a seed gives.
 */
final class RiskGenerator {

  /** Share of people with a screening as drawn (those without a court episode to plan one). */
  static final double SCREENED = 0.92;
  /**
   * Share of registrations whose reviews are missed: the stale warning flags of the inspections. Those
   * registered too recently to have reached a review are not yet overdue, so fewer show as overdue.
   */
  static final double STALE = 0.30;

  /** Registrations as shares of all cases, or of high-risk cases only for MAPPA. */
  private enum Prevalence {
    ADVP(RegisterType.ADVP, 0.18, false),
    RCCO(RegisterType.RCCO, 0.08, false),
    RCPR(RegisterType.RCPR, 0.03, false),
    ALSH(RegisterType.ALSH, 0.06, false),
    RMDO(RegisterType.RMDO, 0.10, false),
    WEAP(RegisterType.WEAP, 0.03, false),
    AV2S(RegisterType.AV2S, 0.02, false),
    MAPP(RegisterType.MAPP, 0.10, true);

    final RegisterType type;
    final double share;
    final boolean highRiskOnly;

    Prevalence(RegisterType type, double share, boolean highRiskOnly) {
      this.type = type;
      this.share = share;
      this.highRiskOnly = highRiskOnly;
    }
  }

  private final long seed;
  private final LocalDate asOf;
  private final RegionModel model;
  private final String courtProviderCode;

  RiskGenerator(long seed, LocalDate asOf, RegionModel model, String courtProviderCode) {
    this.seed = seed;
    this.asOf = asOf;
    this.model = model;
    this.courtProviderCode = courtProviderCode;
  }

  /** Risk with a screening as drawn: for people whose court episode does not depend on one. */
  RiskToLoad forPerson(GeneratedPerson person, String crn) {
    return forPerson(person, crn, Screening.drawn(), DemoRegionLoad.LOADED_BY);
  }

  /**
   * Risk with the screening a court episode needs: on the planned day and stage, completed by
   * {@code screenedBy}, or none. Registrations come in the order they were registered.
   */
  RiskToLoad forPerson(GeneratedPerson person, String crn, Screening planned, String screenedBy) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + person.index());
    boolean highRisk = model.highRisk(person, courtProviderCode, random);
    LoadedScreening drawn = random.nextDouble() < SCREENED
        ? new LoadedScreening(levels(random, highRisk), random.nextBoolean() ? AssessmentStage.COURT_REPORT
            : AssessmentStage.POST_SENTENCE, asOf.minusDays(random.nextInt(540)), DemoRegionLoad.LOADED_BY)
        : null;
    LoadedScreening screening = switch (planned.kind()) {
      case DRAWN -> drawn;
      case NONE -> null;
      case PLANNED -> new LoadedScreening(drawn != null ? drawn.levels() : levels(random, highRisk),
          java.util.Objects.requireNonNull(planned.stage()), java.util.Objects.requireNonNull(planned.on()), screenedBy);
    };
    List<LoadedRegistration> registrations = new ArrayList<>();
    for (Prevalence p : Prevalence.values()) {
      if ((highRisk || !p.highRiskOnly) && random.nextDouble() < p.share) {
        registrations.add(registration(random, p.type));
      }
    }
    return new RiskToLoad(crn, screening, inOrder(registrations));
  }

  /**
   * The same risk with one more registration: one dated before an allocation but entered after it, so
   * the decision could not see it.
   */
  static RiskToLoad withLateEntry(RiskToLoad risk, LoadedRegistration entered) {
    List<LoadedRegistration> registrations = new ArrayList<>(risk.registrations());
    registrations.add(entered);
    return new RiskToLoad(risk.crn(), risk.screening(), inOrder(registrations));
  }

  /** By the day registered, in the order drawn on the same day: the order their ids are given in. */
  private static List<LoadedRegistration> inOrder(List<LoadedRegistration> registrations) {
    List<LoadedRegistration> sorted = new ArrayList<>(registrations);
    sorted.sort(java.util.Comparator.comparing(r -> r.registration().registeredOn()));
    return List.copyOf(sorted);
  }

  /**
   * High-risk cases sit at high RoSH or above, a few at medium (kept by the NPS on an override, or
   * under MAPPA); the others at low or medium. One group carries the highest level.
   */
  private static RoshLevels levels(SplittableRandom random, boolean highRisk) {
    double r = random.nextDouble();
    RoshLevel highest = highRisk ? (r < 0.06 ? RoshLevel.VERY_HIGH : r < 0.90 ? RoshLevel.HIGH : RoshLevel.MEDIUM)
        : (r < 0.45 ? RoshLevel.LOW : RoshLevel.MEDIUM);
    RoshLevel[] groups = {RoshLevel.LOW, RoshLevel.LOW, RoshLevel.LOW, RoshLevel.LOW};
    groups[random.nextInt(4)] = highest;
    return new RoshLevels(groups[0], groups[1], groups[2], groups[3], null, null, null, null, null);
  }

  private LoadedRegistration registration(SplittableRandom random, RegisterType type) {
    LocalDate registeredOn = asOf.minusDays(14 + random.nextInt(720));
    int months = type.reviewEveryMonths();
    // reviews kept up step the date on past today; a missed one leaves it in the past
    LocalDate nextReview = registeredOn.plusMonths(months);
    boolean stale = random.nextDouble() < STALE;
    while (!stale && !nextReview.isAfter(asOf)) {
      nextReview = nextReview.plusMonths(months);
    }
    Integer category = type.isMappa() ? 1 + random.nextInt(2) : null;
    Integer level = type.isMappa() ? (random.nextDouble() < 0.85 ? 1 : 2) : null;
    return new LoadedRegistration(new NewRegistration(type, type.isMappa() ? null : RegistrationLevel.values()[random.nextInt(3)], registeredOn,
        category, level, null, null), nextReview,
        DemoRegionLoad.LOADED_BY);
  }
}
