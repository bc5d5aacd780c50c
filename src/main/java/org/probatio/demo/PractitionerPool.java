package org.probatio.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.StaffMember;

/**
 * Practitioners a case may be given to, each weighted by how much of a caseload they carry, kept in
 * the order they started so that those at work on a day are picked as quickly as everyone: a binary
 * search for the last to have started, then one for the weight drawn.
 */
final class PractitionerPool {

  private static final int TRIES = 4;

  private final StaffMember[] members;
  private final LocalDate[] started;
  private final double[] cumulative;

  private PractitionerPool(List<StaffMember> members, ToDoubleFunction<StaffMember> weight) {
    this.members = members.stream().sorted(Comparator.comparing(StaffMember::startDate).thenComparing(StaffMember::code))
        .toArray(StaffMember[]::new);
    this.started = Arrays.stream(this.members).map(StaffMember::startDate).toArray(LocalDate[]::new);
    this.cumulative = new double[this.members.length];
    double total = 0;
    for (int i = 0; i < this.members.length; i++) {
      total += Math.max(0, weight.applyAsDouble(this.members[i]));
      cumulative[i] = total;
    }
  }

  static PractitionerPool of(List<StaffMember> members, ToDoubleFunction<StaffMember> weight) {
    return new PractitionerPool(members, weight);
  }

  boolean isEmpty() {
    return members.length == 0;
  }

  /** The weight of everyone in the pool together. */
  double weight() {
    return members.length == 0 ? 0 : cumulative[members.length - 1];
  }

  /** Anyone in the pool, by weight; null when nobody in it carries any. */
  @Nullable StaffMember pick(SplittableRandom random) {
    return pick(members.length, null, random);
  }

  /** Anyone in the pool, whatever their weight, all alike: for a pool where nobody carries any. */
  StaffMember pickEvenly(SplittableRandom random) {
    if (members.length == 0) {
      throw new IllegalStateException("Nobody is in the pool to pick");
    }
    return members[random.nextInt(members.length)];
  }

  /** Someone who had started by the day, other than {@code not}, by weight; null when there is nobody. */
  @Nullable StaffMember pickStartedBy(LocalDate day, @Nullable StaffMember not, SplittableRandom random) {
    return pick(startedBy(day), not, random);
  }

  /** How many in the pool had started by the day: they come first. */
  private int startedBy(LocalDate day) {
    int low = 0;
    int high = started.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (started[middle].isAfter(day)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private @Nullable StaffMember pick(int among, @Nullable StaffMember not, SplittableRandom random) {
    if (among == 0 || cumulative[among - 1] <= 0) {
      return null;
    }
    for (int tries = 0; tries < TRIES; tries++) {
      double point = random.nextDouble() * cumulative[among - 1];
      int found = Arrays.binarySearch(cumulative, 0, among, point);
      int index = Math.min(found >= 0 ? found + 1 : -found - 1, among - 1);
      if (!members[index].equals(not)) {
        return members[index];
      }
    }
    return null;
  }
}
