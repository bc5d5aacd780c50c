package org.probatio.demo;

import org.probatio.workforce.Grade;

/**
 * The staff of a generated region, grade by grade: the share of all staff, whether only the NPS
 * employs the grade (court work and victim liaison were NPS duties under Transforming
 * Rehabilitation; inspectors are hosted by the NPS division so they can sign in as staff), the
 * fewest each provider has, how much of a caseload the grade carries, and the length of service. A
 * unified region is one provider in the NPS division's place: it employs every grade.
 */
enum StaffMix {
  //                                code  share   NPS only  least: NPS  each CRC  caseload  years' service
  PO(Grade.PO,                      'P', 0.35,   false,    2,          1,        1.0,      1, 30),
  PSO(Grade.PSO,                    'S', 0.30,   false,    1,          1,        1.0,      0, 25),
  PQIP(Grade.PQIP,                  'Q', 0.10,   false,    1,          0,        0.5,      0, 2),
  SPO(Grade.SPO,                    'M', 0.08,   false,    1,          1,        0,        5, 30),
  ADMIN(Grade.ADMIN,                'A', 0.10,   false,    1,          1,        0,        0, 30),
  COURT_OFFICER(Grade.COURT_OFFICER, 'C', 0.04,  true,     1,          0,        0,        1, 25),
  VLO(Grade.VLO,                    'V', 0.02,   true,     1,          0,        0,        1, 25),
  INSPECTOR(Grade.INSPECTOR,        'I', 0.0001, true,     1,          0,        0,        5, 30);

  final Grade grade;
  final char codeLetter;
  final double share;
  final boolean npsOnly;
  final int leastInNps;
  final int leastInEachCrc;
  final double caseloadWeight;
  final int fewestYearsService;
  final int mostYearsService;

  StaffMix(Grade grade, char codeLetter, double share, boolean npsOnly, int leastInNps, int leastInEachCrc,
      double caseloadWeight, int fewestYearsService, int mostYearsService) {
    this.grade = grade;
    this.codeLetter = codeLetter;
    this.share = share;
    this.npsOnly = npsOnly;
    this.leastInNps = leastInNps;
    this.leastInEachCrc = leastInEachCrc;
    this.caseloadWeight = caseloadWeight;
    this.fewestYearsService = fewestYearsService;
    this.mostYearsService = mostYearsService;
  }

  static StaffMix of(Grade grade) {
    return valueOf(grade.name());
  }

  /**
   * Staff of each grade (first index) at each provider (second index; the NPS division or the unified
   * region first), given the providers' shares of the cases.
   */
  static int[][] counts(int staff, double[] caseShares) {
    StaffMix[] mix = values();
    int providers = caseShares.length;
    double[] gradeShares = new double[mix.length];
    int[] gradeMinimums = new int[mix.length];
    for (int g = 0; g < mix.length; g++) {
      gradeShares[g] = mix[g].share;
      gradeMinimums[g] = mix[g].leastInNps + mix[g].leastInEachCrc * (providers - 1);
    }
    int[] byGrade = Apportion.of(staff, gradeShares, gradeMinimums);
    int[][] counts = new int[mix.length][];
    for (int g = 0; g < mix.length; g++) {
      double[] weights = new double[providers];
      int[] minimums = new int[providers];
      for (int p = 0; p < providers; p++) {
        boolean employs = p == 0 || !mix[g].npsOnly;
        weights[p] = employs ? caseShares[p] : 0;
        minimums[p] = p == 0 ? mix[g].leastInNps : mix[g].leastInEachCrc;
      }
      counts[g] = Apportion.of(byGrade[g], weights, minimums);
    }
    return counts;
  }
}
