package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffMember;

class StaffingTest {

  @ParameterizedTest(name = "{0} people: {1}")
  @CsvSource({
      "1,       DEMO",
      "3000,    DEMO",
      "99999,   DEMO",
      "100000,  NATIONAL",
      "250000,  NATIONAL",
      "1000000, NATIONAL"})
  void a_region_of_100_000_people_or_more_is_staffed_at_the_national_ratio(int people, Staffing rule) {
    assertThat(Staffing.forRegionOf(people)).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0} people have {1} staff")
  @CsvSource({
      "3000,   60",
      "99999,  2000",
      "100000, 6803",
      "250000, 17007"})
  void staff_numbers_follow_the_ratio(int people, int staff) {
    assertThat(Staffing.staffFor(people)).isEqualTo(staff);
    assertThat(new RegionGenerator(people, 1, LocalDate.of(2026, 6, 1)).organisation().staff())
        .hasSizeBetween(staff, staff + 2);
  }

  @ParameterizedTest(name = "{0} people")
  @CsvSource({"1", "200", "3000", "250000"})
  void every_grade_is_on_the_staff_with_one_or_two_inspectors(int people) {
    var staff = new RegionGenerator(people, 5, LocalDate.of(2026, 6, 1)).organisation().staff();

    assertThat(staff.stream().map(StaffMember::grade).collect(Collectors.toCollection(() -> EnumSet.noneOf(Grade.class))))
        .containsExactlyInAnyOrder(Grade.values());
    assertThat(staff.stream().filter(s -> s.grade() == Grade.INSPECTOR)).hasSizeBetween(1, 2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PO, 0.35", "PSO, 0.30", "PQIP, 0.10", "SPO, 0.08", "ADMIN, 0.10", "COURT_OFFICER, 0.04", "VLO, 0.02"})
  void a_national_region_has_the_grade_mix_of_the_table(Grade grade, double share) {
    var staff = new RegionGenerator(250_000, 5, LocalDate.of(2026, 6, 1)).organisation().staff();

    assertThat(staff.stream().filter(s -> s.grade() == grade).count() / (double) staff.size())
        .isCloseTo(share, within(0.005));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"COURT_OFFICER", "VLO", "INSPECTOR"})
  void court_officers_victim_liaison_officers_and_inspectors_work_only_for_the_nps(Grade grade) {
    var organisation = new RegionGenerator(50_000, 9, LocalDate.of(2026, 6, 1)).organisation();
    String nps = organisation.providers().get(0).code();

    assertThat(organisation.staff().stream().filter(s -> s.grade() == grade))
        .isNotEmpty().allSatisfy(s -> assertThat(s.providerCode()).isEqualTo(nps));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PO", "PSO", "PQIP", "SPO", "ADMIN", "COURT_OFFICER", "VLO", "INSPECTOR"})
  void the_staff_mix_has_a_row_for_every_grade(Grade grade) {
    assertThat(Arrays.stream(StaffMix.values()).map(mix -> mix.grade)).contains(grade);
    assertThat(StaffMix.of(grade).grade).isEqualTo(grade);
  }
}
