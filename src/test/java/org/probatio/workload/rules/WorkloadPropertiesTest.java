package org.probatio.workload.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What holds for any caseload, hours and reductions. */
class WorkloadPropertiesTest {

  static final PointsTable REFERENCE = PointsTable.reference(1, LocalDate.of(2000, 1, 1));

  @Provide
  Arbitrary<WorkloadCase> cases() {
    Arbitrary<String> tiers = Arbitraries.of(TierPoints.ROWS.subList(0, 16)).flatMap(tier ->
        Arbitraries.of(tier, tier + "S"));
    return Combinators.combine(tiers.injectNull(0.05), Arbitraries.of(CaseType.class))
        .as((tier, type) -> new WorkloadCase("X100001", tier, type));
  }

  @Provide
  Arbitrary<BigDecimal> hours() {
    return Arbitraries.integers().between(0, 600).map(tenths -> BigDecimal.valueOf(tenths, 1));
  }

  @Property
  void capacity_is_never_negative_and_available_points_never_below_0(@ForAll List<@From("cases") WorkloadCase> cases,
      @ForAll("hours") BigDecimal contracted, @ForAll("hours") BigDecimal reductions) {
    Workload workload = WorkloadCalculator.calculate(REFERENCE, new WorkloadInput("PO", contracted, reductions, cases,
        List.of()));

    assertThat(workload.availablePoints()).isNotNegative();
    assertThat(workload.points()).isNotNegative();
    BigDecimal percent = workload.capacity().percent();
    if (percent != null) {
      assertThat(percent).isNotNegative();
    }
  }

  @Property
  void taking_one_more_case_never_lowers_points_or_capacity(@ForAll List<@From("cases") WorkloadCase> cases,
      @ForAll("cases") WorkloadCase next, @ForAll("hours") BigDecimal contracted) {
    WorkloadInput before = new WorkloadInput("PSO", contracted, BigDecimal.ZERO, cases, List.of());
    List<WorkloadCase> more = new ArrayList<>(cases);
    more.add(next);
    Workload now = WorkloadCalculator.calculate(REFERENCE, before);
    Workload after = WorkloadCalculator.calculate(REFERENCE, new WorkloadInput("PSO", contracted, BigDecimal.ZERO, more,
        List.of()));
    CapacityAfter predicted = WorkloadCalculator.capacityAfter(REFERENCE, now.capacity(), next);

    assertThat(after.points()).isGreaterThanOrEqualTo(now.points());
    assertThat(predicted.after()).isEqualTo(after.capacity());
    if (now.capacity().percent() != null) {
      assertThat(predicted.after().percent()).isGreaterThanOrEqualTo(now.capacity().percent());
    }
    assertThat(!now.capacity().over() || after.capacity().over()).as("over capacity stays over").isTrue();
  }

  @Property
  void more_reduction_hours_never_give_more_available_points(@ForAll("hours") BigDecimal contracted,
      @ForAll("hours") BigDecimal reductions, @ForAll @IntRange(min = 1, max = 100) int moreTenths) {
    BigDecimal more = reductions.add(BigDecimal.valueOf(moreTenths, 1));
    BigDecimal grade = new BigDecimal("37");

    int available = WorkloadCalculator.availablePoints(2176, contracted, reductions, grade);
    assertThat(WorkloadCalculator.availablePoints(2176, contracted, more, grade)).isLessThanOrEqualTo(available);
    assertThat(available).isLessThanOrEqualTo(WorkloadCalculator.availablePoints(2176, contracted, BigDecimal.ZERO, grade));
  }

  @Property
  void on_the_grades_default_hours_without_reductions_the_available_points_are_the_target(
      @ForAll @IntRange(min = 1, max = 9999) int target, @ForAll("hours") BigDecimal defaultHours) {
    if (defaultHours.signum() > 0) {
      assertThat(WorkloadCalculator.availablePoints(target, defaultHours, BigDecimal.ZERO, defaultHours)).isEqualTo(target);
    }
  }
}
