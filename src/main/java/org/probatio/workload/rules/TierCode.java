package org.probatio.workload.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tier as the points table reads it: protect level A to D, change level 3 to 0, and "S" for a case in
 * an unsupervised period, as in "B3" or "B2S". The workload rules read only the code, so they do not
 * depend on how the tier was calculated.
 */
public record TierCode(char protect, int change, boolean unsupervised) implements Comparable<TierCode> {

  private static final Pattern CODE = Pattern.compile("([A-D])([0-3])(S?)");

  /** The sixteen supervised tiers in the order of the points table: A3, A2, A1, A0, B3 ... D0. */
  public static final List<TierCode> SUPERVISED = allSupervised();

  /** Table order: protect level first, the higher change level first, an unsupervised tier after its supervised one. */
  private static final Comparator<TierCode> ORDER = Comparator.comparing(TierCode::protect)
      .thenComparing(Comparator.comparing(TierCode::change).reversed())
      .thenComparing(TierCode::unsupervised);

  public TierCode {
    if (protect < 'A' || protect > 'D') {
      throw new IllegalArgumentException("protect level must be from A to D, not " + protect);
    }
    if (change < 0 || change > 3) {
      throw new IllegalArgumentException("change level must be from 0 to 3, not " + change);
    }
  }

  /** Reads a tier as staff write it, "B3" or "B2S"; refuses anything else. */
  public static TierCode of(String code) {
    Matcher matcher = CODE.matcher(code.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a tier is a protect level A to D, a change level 0 to 3 and an optional S, "
          + "like B3 or B2S, not " + code);
    }
    return new TierCode(matcher.group(1).charAt(0), matcher.group(2).charAt(0) - '0', !matcher.group(3).isEmpty());
  }

  public static boolean isTierCode(String code) {
    return CODE.matcher(code.strip()).matches();
  }

  /** "B3", "B2S". */
  public String code() {
    return "" + protect + change + (unsupervised ? "S" : "");
  }

  /** This tier's row in the points table, 0 (A3) to 15 (D0); for an S tier, the row of its supervised tier. */
  int row() {
    return (protect - 'A') * 4 + (3 - change);
  }

  @Override
  public int compareTo(TierCode other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code();
  }

  private static List<TierCode> allSupervised() {
    List<TierCode> tiers = new ArrayList<>(16);
    for (char protect = 'A'; protect <= 'D'; protect++) {
      for (int change = 3; change >= 0; change--) {
        tiers.add(new TierCode(protect, change, false));
      }
    }
    return List.copyOf(tiers);
  }
}
