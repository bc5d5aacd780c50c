package org.probatio.risk.scoring;

/** SNSV's coefficients, static and dynamic, as the published model lists them. */
enum SnsvCoefficients {
  STATIC(3.60407707356772, -16.6220270089011,
      -2.09447596484765, -1.67613460779912, -0.0147495874606046,
      -0.0292205730647305, -0.0841673003341906, 0.769213898314811, 0.793186572461819,
      -0.942816163300621, -2.32321324569237, -0.0633592949212861, 0.0188685880078656, 0.207442427665471,
      new double[] {-0.546062410902905, 0.0170043887737295, -0.000232716989498981, 1.094922933981e-6},
      new double[] {1.09365106131567, -0.042733609488121, 0.000697583963826421, -4.04895085233227e-6},
      new double[] {-0.038382727965819, 0.000548515180678996, 6.62558757635182e-5, -1.59636460181398e-6}),
  DYNAMIC(2.39022796091603, -16.6927292697847,
      -1.89458617745666, -1.51763151836726, -0.0182592921752245,
      -0.0271828619470523, -0.0960719132524968, 0.689153313085879, 0.76704149890481,
      -0.35940007303088, -1.7513536371131, -0.101514048705338, 0.021160895925655, 0.0549319831836878,
      new double[] {-0.508802063507919, 0.0153890192629454, -0.000208800171123703, 9.83824143383739e-7},
      new double[] {1.1436499550056, -0.0448159815299769, 0.000731812620052307, -4.24504210770651e-6},
      new double[] {-0.0368447371150021, 0.000557887384281899, 6.15531052486415e-5, -1.49652694510477e-6});

  /** Dynamic only, times the problem level unless a yes or no. */
  static final double WEAPON = 0.15071282416667;
  static final double ACCOMMODATION = 0.0619710049121293;
  static final double UNEMPLOYED = 2 * 0.0389109699626767;
  static final double PARTNER_RELATIONSHIP = 0.0259107268767618;
  static final double CURRENT_ALCOHOL_USE = 0.0935672441515258;
  static final double BINGE_DRINKING = 0.0567127896345591;
  static final double IMPULSIVITY = 0.077212834605957;
  static final double TEMPER = 0.0482892034688302;
  static final double PRO_CRIMINAL_ATTITUDES = 0.130830533773332;
  static final double DOMESTIC_ABUSE_OF_PARTNER = 0.0847839330659903;

  static final int MOST_MONTHS = 36;
  private static final int OLDEST_AGE = 130;

  final double intercept;
  final double female;
  final double oneSanction;
  final double twoSanctions;
  final double perSanction;
  final double secondSanctionGapMale;
  final double secondSanctionGapFemale;
  final double threePlusRateMale;
  final double threePlusRateFemale;
  final double neverViolentMale;
  final double neverViolentFemale;
  final double onceViolent;
  final double perViolentSanction;
  final double violenceRate;
  /** The age polynomial's value at each age, male then female, and the months term at each month. */
  final double[] maleByAge = new double[OLDEST_AGE + 1];
  final double[] femaleByAge = new double[OLDEST_AGE + 1];
  final double[] byMonthsSinceLastSanction = new double[MOST_MONTHS + 1];

  SnsvCoefficients(double intercept, double female, double oneSanction, double twoSanctions, double perSanction,
      double secondSanctionGapMale, double secondSanctionGapFemale, double threePlusRateMale, double threePlusRateFemale,
      double neverViolentMale, double neverViolentFemale, double onceViolent, double perViolentSanction, double violenceRate,
      double[] maleAge, double[] femaleAge, double[] months) {
    this.intercept = intercept;
    this.female = female;
    this.oneSanction = oneSanction;
    this.twoSanctions = twoSanctions;
    this.perSanction = perSanction;
    this.secondSanctionGapMale = secondSanctionGapMale;
    this.secondSanctionGapFemale = secondSanctionGapFemale;
    this.threePlusRateMale = threePlusRateMale;
    this.threePlusRateFemale = threePlusRateFemale;
    this.neverViolentMale = neverViolentMale;
    this.neverViolentFemale = neverViolentFemale;
    this.onceViolent = onceViolent;
    this.perViolentSanction = perViolentSanction;
    this.violenceRate = violenceRate;
    for (int age = 0; age <= OLDEST_AGE; age++) {
      maleByAge[age] = polynomial(maleAge, age);
      femaleByAge[age] = polynomial(femaleAge, age);
    }
    for (int m = 0; m <= MOST_MONTHS; m++) {
      byMonthsSinceLastSanction[m] = m * (months[0] + months[1] * m + months[2] * m * m + months[3] * m * m * m);
    }
  }

  /** c1 a + c2 a^2 + c3 a^3 + c4 a^4. */
  private static double polynomial(double[] c, double a) {
    return c[0] * a + c[1] * a * a + c[2] * a * a * a + c[3] * a * a * a * a;
  }

  double ageTerm(boolean female, int age) {
    double[] byAge = female ? femaleByAge : maleByAge;
    if (age > OLDEST_AGE) {
      throw new IllegalArgumentException("Age at date at start of followup is over " + OLDEST_AGE + ": " + age);
    }
    return byAge[age];
  }
}
