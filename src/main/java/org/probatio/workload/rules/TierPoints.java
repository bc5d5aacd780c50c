package org.probatio.workload.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Points for a case by its tier and case type, laid out like the reference table: a row for each of
 * the sixteen supervised tiers, A3 to D0, and a row "S" for any tier in an unsupervised period, with
 * a column for each case type.
 */
public final class TierPoints {

  /** The row for any unsupervised ("S") tier. */
  public static final String UNSUPERVISED = "S";

  /** The rows in table order: A3, A2 ... D0, then S. */
  public static final List<String> ROWS = rows();

  /** The reference figures; unsupervised tiers count no points. */
  public static final TierPoints REFERENCE = new TierPoints(new int[][] {
      // community, licence, custody
      {206, 219, 75}, // A3
      {158, 175, 60}, // A2
      {146, 163, 59}, // A1
      {110, 0, 0}, // A0
      {146, 161, 59}, // B3
      {115, 132, 48}, // B2
      {102, 119, 47}, // B1
      {72, 0, 0}, // B0
      {79, 77, 30}, // C3
      {63, 65, 24}, // C2
      {50, 52, 23}, // C1
      {35, 0, 0}, // C0
      {51, 51, 17}, // D3
      {41, 43, 14}, // D2
      {29, 31, 13}, // D1
      {29, 0, 0}, // D0
      {0, 0, 0}, // S
  });

  private final int[][] points;

  /** From a row of three figures (community, licence, custody) for each of {@link #ROWS}, in that order. */
  public TierPoints(int[][] points) {
    if (points.length != ROWS.size()) {
      throw new IllegalArgumentException("the points table needs " + ROWS.size() + " rows (A3 to D0 and S), not "
          + points.length);
    }
    this.points = new int[ROWS.size()][];
    for (int row = 0; row < points.length; row++) {
      if (points[row].length != CaseType.values().length) {
        throw new IllegalArgumentException("row " + ROWS.get(row) + " needs a figure for each of the "
            + CaseType.values().length + " case types");
      }
      this.points[row] = points[row].clone();
    }
  }

  /** The points a case of this tier and type counts. */
  public int pointsFor(TierCode tier, CaseType type) {
    return points[tier.unsupervised() ? ROWS.size() - 1 : tier.row()][type.ordinal()];
  }

  /** The figure in a row ("A3" ... "D0", "S") and column. */
  public int points(String row, CaseType type) {
    return points[rowIndex(row)][type.ordinal()];
  }

  /** The cell that gives a tier and case type its points, in words: "B3 custody", "S tier (unsupervised), custody". */
  public static String cell(TierCode tier, CaseType type) {
    return cell(tier.unsupervised() ? UNSUPERVISED : tier.code(), type);
  }

  public static String cell(String row, CaseType type) {
    return UNSUPERVISED.equals(row) ? "S tier (unsupervised), " + type.label() : row + " " + type.label();
  }

  /** A copy with one figure changed. */
  public TierPoints with(String row, CaseType type, int value) {
    int[][] changed = new int[points.length][];
    for (int i = 0; i < points.length; i++) {
      changed[i] = points[i].clone();
    }
    changed[rowIndex(row)][type.ordinal()] = value;
    return new TierPoints(changed);
  }

  private static int rowIndex(String row) {
    int index = ROWS.indexOf(row);
    if (index < 0) {
      throw new IllegalArgumentException("the points table has rows A3 to D0 and S, not " + row);
    }
    return index;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TierPoints table && Arrays.deepEquals(points, table.points);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(points);
  }

  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    for (int row = 0; row < points.length; row++) {
      lines.add(ROWS.get(row) + " " + Arrays.toString(points[row]));
    }
    return String.join(", ", lines);
  }

  private static List<String> rows() {
    List<String> rows = new ArrayList<>(17);
    TierCode.SUPERVISED.forEach(tier -> rows.add(tier.code()));
    rows.add(UNSUPERVISED);
    return List.copyOf(rows);
  }
}
