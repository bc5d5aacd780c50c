package org.probatio.allocation.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unified service's tier model "V2" (2021 on): protect level by change level. Weights and
 * thresholds sit on {@link RsrBand}, {@link RoshLevel}, {@link ComplexityFactor}, {@link Need},
 * {@link NeedSeverity} and {@link ProtectLevel}, and in the constants here.
 */
public final class TierModelV2 {

  public static final String VERSION = "V2";

  static final int MAPPA_LEVEL_2_OR_3_POINTS = 150;
  static final int MAPPA_LEVEL_1_POINTS = 5;
  static final int WOMENS_FACTOR_POINTS = 2;
  static final int IOM_POINTS = 2;
  static final String IOM = "IIOM";
  static final String UNSUPERVISED = "PRC";
  static final int CHANGE_LEVEL_3_FROM = 20;
  static final int CHANGE_LEVEL_2_FROM = 10;
  /** Without a mandate for change the change level is 0; without an assessment, 2. */
  static final int NO_MANDATE_LEVEL = 0;
  static final int NO_ASSESSMENT_LEVEL = 2;

  private static final String[][] NEED_RULES = new String[Need.values().length][NeedSeverity.values().length];
  private static final String[] NEED_NAMES = new String[Need.values().length];
  private static final String[] COMPLEXITY_NAMES = new String[ComplexityFactor.values().length];
  private static final String[] ROSH_RULES = new String[RoshLevel.values().length];

  static {
    for (RoshLevel rosh : RoshLevel.values()) {
      ROSH_RULES[rosh.ordinal()] = "RoSH " + rosh.label() + ": " + (rosh.protectPoints() == 0 ? "no" : rosh.protectPoints())
          + " points";
    }
    for (ComplexityFactor complexity : ComplexityFactor.values()) {
      COMPLEXITY_NAMES[complexity.ordinal()] = Character.toUpperCase(complexity.label().charAt(0))
          + complexity.label().substring(1) + " registration (" + complexity.name() + ")";
    }
    for (Need need : Need.values()) {
      NEED_NAMES[need.ordinal()] = need.label() + " need";
      for (NeedSeverity severity : NeedSeverity.values()) {
        NEED_RULES[need.ordinal()][severity.ordinal()] = "Weight " + need.weight() + " times " + severity.label() + " ("
            + severity.factor() + ")";
      }
    }
  }

  private TierModelV2() {
  }

  public static Tier calculate(TierInput input) {
    boolean unsupervised = input.unsupervised() || input.registrations().contains(UNSUPERVISED);
    return new Tier(protect(input), change(input), unsupervised, VERSION);
  }

  static ProtectScore protect(TierInput input) {
    List<TierFactor> factors = new ArrayList<>(8);
    rsrAndRosh(input.rsr(), input.rosh(), factors);
    factors.add(mappa(input.mappaLevel()));
    for (ComplexityFactor complexity : ComplexityFactor.values()) {
      if (input.registrations().contains(complexity.name())) {
        factors.add(new TierFactor(COMPLEXITY_NAMES[complexity.ordinal()], "active",
            ComplexityFactor.POINTS, "Each complexity factor registration: 2 points, counted once"));
      }
    }
    if (input.gender() == Gender.FEMALE) {
      womensFactors(input, factors);
    }
    int points = sum(factors);
    return new ProtectScore(ProtectLevel.of(points), points, factors);
  }

  static ChangeScore change(TierInput input) {
    if (!input.mandateForChange()) {
      return new ChangeScore(NO_MANDATE_LEVEL, 0, List.of(new TierFactor("Mandate for change", "none", 0,
          "No current custodial sentence and no requirement other than unpaid work or an order extension: change level 0")));
    }
    TierAssessment assessment = input.assessment();
    if (assessment == null) {
      return new ChangeScore(NO_ASSESSMENT_LEVEL, 0,
          List.of(new TierFactor("Assessment", "none", 0, "No assessment: change level 2")));
    }
    List<TierFactor> factors = new ArrayList<>(12);
    for (Need need : Need.values()) {
      NeedSeverity severity = assessment.needs().get(need);
      if (severity != null) {
        factors.add(new TierFactor(NEED_NAMES[need.ordinal()], severity.label(), need.weight() * severity.factor(),
            NEED_RULES[need.ordinal()][severity.ordinal()]));
      }
    }
    Integer ogrs = input.ogrs();
    factors.add(ogrs == null ? new TierFactor("OGRS", "none", 0, "No OGRS score: no points")
        : new TierFactor("OGRS", ogrs + "%", ogrs / 10, "OGRS divided by 10, rounded down"));
    if (input.registrations().contains(IOM)) {
      factors.add(new TierFactor("Integrated Offender Management registration (IIOM)", "active", IOM_POINTS,
          "An Integrated Offender Management registration: 2 points"));
    }
    int points = sum(factors);
    return new ChangeScore(changeLevel(points), points, factors);
  }

  /** The change level of a case with a mandate for change and an assessment: 20 or more 3; 10 to 19 2; under 10 1. */
  static int changeLevel(int points) {
    return points >= CHANGE_LEVEL_3_FROM ? 3 : points >= CHANGE_LEVEL_2_FROM ? 2 : 1;
  }

  /** Only the higher of the RSR and RoSH points counts; on a tie, RoSH's. */
  private static void rsrAndRosh(@Nullable Double rsr, @Nullable RoshLevel rosh, List<TierFactor> factors) {
    RsrBand band = rsr == null ? null : RsrBand.of(rsr);
    int rsrPoints = band == null ? 0 : band.points();
    int roshPoints = rosh == null ? 0 : rosh.protectPoints();
    String rsrRule = rsr == null ? "No RSR score: no points" : band != null ? band.rule()
        : rsr < 100 ? RsrBand.BELOW_THREE : RsrBand.OFF_THE_SCALE;
    String roshRule = rosh == null ? "No RoSH screening or full analysis: no points"
        : ROSH_RULES[rosh.ordinal()];
    boolean rsrCounts = rsrPoints > roshPoints;
    String onlyHigher = ", but only the higher of RSR and RoSH counts";
    factors.add(new TierFactor("RSR", rsr == null ? "none" : percent(rsr), rsrCounts ? rsrPoints : 0,
        rsrCounts || rsrPoints == 0 ? rsrRule : rsrRule + onlyHigher));
    factors.add(new TierFactor("RoSH", rosh == null ? "none" : rosh.label(), rsrCounts ? 0 : roshPoints,
        !rsrCounts || roshPoints == 0 ? roshRule : roshRule + onlyHigher));
  }

  private static TierFactor mappa(@Nullable Integer level) {
    if (level == null) {
      return new TierFactor("MAPPA level", "none", 0, "Not managed under MAPPA: no points");
    }
    return switch (level) {
      case 2, 3 -> new TierFactor("MAPPA level", String.valueOf(level), MAPPA_LEVEL_2_OR_3_POINTS,
          "MAPPA level 2 or 3: 150 points");
      case 1 -> new TierFactor("MAPPA level", "1", MAPPA_LEVEL_1_POINTS, "MAPPA level 1: 5 points");
      default -> new TierFactor("MAPPA level", String.valueOf(level), 0, "MAPPA level 0: no points");
    };
  }

  private static void womensFactors(TierInput input, List<TierFactor> factors) {
    boolean breach = input.previousEnforcementActivity();
    factors.add(new TierFactor("Previous breach or recall", breach ? "yes" : "no", breach ? WOMENS_FACTOR_POINTS : 0,
        "Women only: a previous breach or recall adds 2 points"));
    TierAssessment assessment = input.assessment();
    if (assessment == null) {
      factors.add(new TierFactor("Parenting, impulsivity and temper control", "no assessment", 0,
          "Women only: read from the assessment, so no points without one"));
      return;
    }
    boolean parenting = assessment.parenting();
    factors.add(new TierFactor("Parenting responsibilities", parenting ? "yes" : "no",
        parenting ? WOMENS_FACTOR_POINTS : 0, "Women only: parenting responsibilities add 2 points"));
    boolean problems = assessment.impulsivity() > 0 || assessment.temperControl() > 0;
    factors.add(new TierFactor("Impulsivity or temper control problems",
        "impulsivity " + assessment.impulsivity() + ", temper control " + assessment.temperControl(),
        problems ? WOMENS_FACTOR_POINTS : 0,
        "Women only: problems with impulsivity or temper control add 2 points, counted once"));
  }

  private static int sum(List<TierFactor> factors) {
    int points = 0;
    for (TierFactor factor : factors) {
      points += factor.points();
    }
    return points;
  }

  /** A percentage as written, without trailing zeros: "7%", "6.995%". */
  static String percent(double value) {
    if (value == Math.rint(value) && value < 1e15) {
      return (long) value + "%";
    }
    if (value >= 1e-3 && value < 1e7) {
      return value + "%"; // the shortest decimal that reads back as the same double, never in E notation here
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "%";
  }
}
