package org.probatio.demo;

import java.util.SplittableRandom;
import org.probatio.people.CroNumber;
import org.probatio.people.NomisNumber;
import org.probatio.people.PncId;

/** Valid police and prison identifiers for generated people, with the check letters right. */
final class PoliceIdentifiers {

  /** PNC serials run from 0000001 to 9999999. */
  private static final long PNC_SERIALS = 9_999_999L;
  private static final int CRO_SERIALS = 999_999;
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final long multiplier;
  private final long offset;

  PoliceIdentifiers(SplittableRandom random) {
    long candidate = 1 + random.nextLong(PNC_SERIALS - 1);
    while (greatestCommonDivisor(candidate, PNC_SERIALS) != 1) {
      candidate++;
    }
    this.multiplier = candidate;
    this.offset = random.nextLong(PNC_SERIALS);
  }

  /**
   * The person's PNC ID. The serial comes from the person's index through a one-to-one map (the
   * multiplier shares no factor with the number of serials), so no two people share a PNC ID.
   */
  PncId pnc(int index, int year) {
    int serial = (int) (1 + Math.floorMod(multiplier * index + offset, PNC_SERIALS));
    return new PncId(String.format("%04d/%07d%c", year, serial, PncId.checkLetter(year, serial)));
  }

  CroNumber cro(int year, SplittableRandom random) {
    int twoDigitYear = year % 100;
    int serial = 1 + random.nextInt(CRO_SERIALS);
    return new CroNumber(String.format("%06d/%02d%c", serial, twoDigitYear, CroNumber.checkLetter(twoDigitYear, serial)));
  }

  /** A NOMIS number such as A1234BC; newer ones start with G. */
  NomisNumber nomis(SplittableRandom random) {
    return new NomisNumber(String.format("%c%04d%c%c", random.nextBoolean() ? 'A' : 'G', random.nextInt(10_000),
        LETTERS.charAt(random.nextInt(LETTERS.length())), LETTERS.charAt(random.nextInt(LETTERS.length()))));
  }

  private static long greatestCommonDivisor(long a, long b) {
    return b == 0 ? a : greatestCommonDivisor(b, a % b);
  }
}
