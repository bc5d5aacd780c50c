package org.probatio.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hours a member of staff's reductions take off their contracted hours on a day
 * (tiering-and-workload.md, "Workload measurement": reductions in hours or percent, with an expiry),
 * and the presets' default end dates.
 */
class ReductionHoursTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  static final BigDecimal FULL_TIME = new BigDecimal("37");

  static Reduction reduction(ReductionKind kind, String amount, LocalDate start, @Nullable LocalDate end) {
    return new Reduction(1, "N01P001", ReductionCategory.OTHER, kind, new BigDecimal(amount), "test", start, end, 0,
        Instant.EPOCH, "test", Instant.EPOCH, "test");
  }

  static Reduction hours(String amount) {
    return reduction(ReductionKind.HOURS, amount, DAY.minusMonths(1), null);
  }

  static Reduction percent(String amount) {
    return reduction(ReductionKind.PERCENT, amount, DAY.minusMonths(1), null);
  }

  @Test
  void an_hours_reduction_takes_off_its_hours_whatever_the_contracted_hours() {
    ReductionHours worked = ReductionHours.on(DAY, new BigDecimal("30"), List.of(hours("1.8")));

    assertThat(worked.hours()).isEqualByComparingTo("1.8");
    assertThat(worked.hoursLeft()).isEqualByComparingTo("28.2");
    assertThat(worked.capped()).isFalse();
    assertThat(worked.counted()).singleElement().satisfies(c -> assertThat(c.hours()).isEqualByComparingTo("1.8"));
  }

  @ParameterizedTest(name = "{1}% of {0} contracted hours is {2} hours")
  @CsvSource({
      "37, 80, 29.6",     // a trainee officer's first 6 months
      "37, 20, 7.4",      // a newly qualified officer
      "37, 100, 37",      // long-term sickness
      "37.5, 12.5, 4.6875",
      "22.5, 1, 0.225",
      "0, 50, 0"})
  void a_percentage_reduction_is_that_share_of_the_contracted_hours(String contracted, String percent, String hours) {
    ReductionHours worked = ReductionHours.on(DAY, new BigDecimal(contracted), List.of(percent(percent)));

    assertThat(worked.hours()).isEqualByComparingTo(hours);
    assertThat(worked.hours().toString()).doesNotContain("E");
  }

  @Test
  void several_reductions_in_force_add_up_each_percentage_taken_of_the_contracted_hours() {
    ReductionHours worked = ReductionHours.on(DAY, FULL_TIME, List.of(percent("20"), hours("3.5"), percent("10")));

    // 7.4 + 3.5 + 3.7: the second percentage is of the 37 contracted hours, not of what the first left
    assertThat(worked.hours()).isEqualByComparingTo("14.6");
    assertThat(worked.hoursLeft()).isEqualByComparingTo("22.4");
    assertThat(worked.counted()).extracting(ReductionHours.Counted::hours)
        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactly(new BigDecimal("7.4"), new BigDecimal("3.5"), new BigDecimal("3.7"));
    assertThat(worked.capped()).isFalse();
  }

  @Test
  void reductions_never_take_off_more_than_the_contracted_hours() {
    ReductionHours worked = ReductionHours.on(DAY, new BigDecimal("30"), List.of(percent("80"), hours("7")));

    assertThat(worked.hours()).isEqualByComparingTo("30");
    assertThat(worked.hoursLeft()).isEqualByComparingTo("0");
    assertThat(worked.capped()).isTrue();
    assertThat(worked.counted()).hasSize(2);
  }

  @Test
  void reductions_adding_up_to_exactly_the_contracted_hours_are_not_capped() {
    ReductionHours worked = ReductionHours.on(DAY, new BigDecimal("30"), List.of(percent("80"), hours("6")));

    assertThat(worked.hours()).isEqualByComparingTo("30");
    assertThat(worked.capped()).isFalse();
  }

  @ParameterizedTest(name = "a reduction from {0} to {1} counts on 10 March 2026: {2}")
  @CsvSource({
      "2026-03-10, 2026-03-10, true",   // one day, the day itself
      "2026-03-11, ,           false",  // starts the day after
      "2026-03-10, ,           true",   // starts that day, open-ended
      "2026-01-01, 2026-03-09, false",  // ended the day before
      "2026-01-01, 2026-03-10, true",   // ends that day
      "2026-01-01, ,           true"})  // started before, open-ended
  void a_reduction_counts_from_its_start_date_to_its_end_date_both_included(LocalDate start, @Nullable LocalDate end,
      boolean counts) {
    ReductionHours worked = ReductionHours.on(DAY, FULL_TIME, List.of(reduction(ReductionKind.HOURS, "5", start, end)));

    assertThat(worked.hours()).isEqualByComparingTo(counts ? "5" : "0");
    assertThat(worked.counted()).hasSize(counts ? 1 : 0);
  }

  @Test
  void with_no_reductions_nothing_is_taken_off() {
    ReductionHours worked = ReductionHours.on(DAY, FULL_TIME, List.of());

    assertThat(worked.hours()).isEqualByComparingTo("0");
    assertThat(worked.hoursLeft()).isEqualByComparingTo("37");
    assertThat(worked.counted()).isEmpty();
  }

  @ParameterizedTest(name = "{0} starting {1} ends {2} by default")
  @CsvSource({
      "TRAINEE_OFFICER, 2026-01-01, 2026-06-30",
      "TRAINEE_OFFICER, 2026-08-31, 2027-02-27",  // 28 February 2027, the same date 6 months on, less a day
      "NEWLY_QUALIFIED, 2026-01-01, 2026-09-30",
      "NEWLY_QUALIFIED, 2026-05-31, 2027-02-27",
      "NEWLY_QUALIFIED, 2027-05-29, 2028-02-28"})  // 29 February 2028 is the same date 9 months on
  void a_preset_with_a_length_ends_the_day_before_the_same_date_that_many_months_on(ReductionCategory category,
      LocalDate start, LocalDate end) {
    assertThat(category.defaultEndDate(start)).contains(end);
    assertThat(category.lasting()).isTrue();
  }

  @Test
  void the_presets_are_the_reference_figures_and_the_other_categories_have_none() {
    assertThat(ReductionCategory.TRAINEE_OFFICER.preset()).get()
        .satisfies(p -> assertThat(p.describe()).isEqualTo("80% for 6 months"));
    assertThat(ReductionCategory.NEWLY_QUALIFIED.preset()).get()
        .satisfies(p -> assertThat(p.describe()).isEqualTo("20% for 9 months"));
    assertThat(ReductionCategory.LONG_TERM_SICKNESS.preset()).get()
        .satisfies(p -> assertThat(p.describe()).isEqualTo("100% until it is ended"));
    assertThat(ReductionCategory.LONG_TERM_SICKNESS.defaultEndDate(DAY)).isEmpty();
    assertThat(ReductionCategory.LONG_TERM_SICKNESS.lasting()).isFalse();
    for (ReductionCategory other : List.of(ReductionCategory.UNION_DUTIES, ReductionCategory.PHASED_RETURN,
        ReductionCategory.OTHER)) {
      assertThat(other.preset()).isEmpty();
      assertThat(other.defaultEndDate(DAY)).isEmpty();
    }
  }

  @Test
  void a_reduction_reads_as_its_size() {
    assertThat(percent("80").size()).isEqualTo("80%");
    assertThat(percent("12.5").size()).isEqualTo("12.5%");
    assertThat(hours("7.5").size()).isEqualTo("7.5 hours a week");
    assertThat(hours("1.0").size()).isEqualTo("1 hour a week");
  }
}
