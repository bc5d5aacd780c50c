package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.probatio.court.Deadlines;
import org.probatio.workforce.Grade;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionKind;
import org.probatio.workforce.ReductionToLoad;
import org.probatio.workforce.StaffMember;

/**
 * The reductions on a generated region's staff records: the presets for every trainee and newly
 * qualified officer, long-term sickness, phased returns, union duties and a few others, each dated
 * within its member's service and entered before the as-of day. A region of national size, for the
 * shares; the organisation and its reductions are made without the people.
 */
class ReductionGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final Instant AS_OF_START = AS_OF.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
  static final RegionGenerator REGION = new RegionGenerator(150_000, 3, AS_OF);
  static final List<ReductionToLoad> REDUCTIONS = REGION.reductions();
  static final Map<String, StaffMember> STAFF = REGION.organisation().staff().stream()
      .collect(Collectors.toMap(StaffMember::code, Function.identity()));

  @Test
  void every_reduction_falls_within_its_members_service_and_was_entered_before_the_as_of_day() {
    assertThat(REDUCTIONS).allSatisfy(r -> {
      StaffMember member = STAFF.get(r.staffCode());
      assertThat(r.startDate()).isAfterOrEqualTo(member.startDate()).isBefore(AS_OF);
      if (r.endDate() != null) {
        assertThat(r.endDate()).isAfterOrEqualTo(r.startDate());
      }
      assertThat(r.enteredAt()).isBefore(AS_OF_START);
      assertThat(r.changedAt()).isAfterOrEqualTo(r.enteredAt()).isBefore(AS_OF_START);
      assertThat(r.reason()).isNotBlank();
      if (r.kind() == ReductionKind.HOURS) {
        assertThat(r.amount()).isPositive().isLessThanOrEqualTo(member.contractedHours());
      } else {
        assertThat(r.amount()).isBetween(BigDecimal.ONE, new BigDecimal("100"));
      }
    });
  }

  @Test
  void every_pqip_had_80_percent_off_for_their_first_6_months_and_those_still_in_them_have_it_now() {
    List<StaffMember> pqips = staff(s -> s.grade() == Grade.PQIP);
    for (StaffMember pqip : pqips) {
      List<ReductionToLoad> trainee = of(pqip, ReductionCategory.TRAINEE_OFFICER);
      assertThat(trainee).singleElement().satisfies(r -> {
        assertThat(r.amount()).isEqualByComparingTo("80");
        assertThat(r.kind()).isEqualTo(ReductionKind.PERCENT);
        assertThat(r.startDate()).isEqualTo(pqip.startDate());
        assertThat(r.endDate()).isEqualTo(pqip.startDate().plusMonths(6).minusDays(1));
        assertThat(r.inForceOn(AS_OF)).isEqualTo(pqip.startDate().plusMonths(6).isAfter(AS_OF));
      });
    }
    assertThat(REDUCTIONS).filteredOn(r -> r.category() == ReductionCategory.TRAINEE_OFFICER)
        .allSatisfy(r -> assertThat(STAFF.get(r.staffCode()).grade()).isEqualTo(Grade.PQIP))
        .anySatisfy(r -> assertThat(r.inForceOn(AS_OF)).isTrue())
        .anySatisfy(r -> assertThat(r.endDate()).isBefore(AS_OF));
  }

  @Test
  void officers_had_20_percent_off_for_9_months_after_qualifying_a_year_after_they_started() {
    for (ReductionToLoad r : of(ReductionCategory.NEWLY_QUALIFIED)) {
      StaffMember officer = STAFF.get(r.staffCode());
      assertThat(officer.grade()).isEqualTo(Grade.PO);
      assertThat(r.amount()).isEqualByComparingTo("20");
      assertThat(r.startDate()).isEqualTo(officer.startDate().plusMonths(12));
      assertThat(r.endDate()).isEqualTo(r.startDate().plusMonths(9).minusDays(1));
    }
    List<StaffMember> newlyQualified = staff(s -> s.grade() == Grade.PO
        && s.startDate().plusMonths(12).isBefore(AS_OF) && s.startDate().plusMonths(21).isAfter(AS_OF));
    assertThat(newlyQualified).isNotEmpty().allSatisfy(officer ->
        assertThat(of(officer, ReductionCategory.NEWLY_QUALIFIED)).singleElement()
            .satisfies(r -> assertThat(r.inForceOn(AS_OF)).isTrue()));
  }

  @Test
  void a_few_staff_are_off_sick_for_the_long_term_some_are_back_on_a_phased_return_and_one_in_100_has_union_duties() {
    long staff = STAFF.size();
    List<ReductionToLoad> sickNow = of(ReductionCategory.LONG_TERM_SICKNESS).stream()
        .filter(r -> r.inForceOn(AS_OF)).toList();
    List<ReductionToLoad> sickBefore = of(ReductionCategory.LONG_TERM_SICKNESS).stream()
        .filter(r -> r.endDate() != null).toList();

    assertThat(share(sickNow.size(), staff)).isBetween(0.018, 0.03);
    assertThat(sickNow).allSatisfy(r -> {
      assertThat(r.amount()).isEqualByComparingTo("100");
      assertThat(r.endDate()).isNull();
    });
    assertThat(share(sickBefore.size(), staff)).isBetween(0.005, 0.015);
    // an absence that ended was ended when they came back, and a phased return followed the next day
    assertThat(sickBefore).allSatisfy(r -> {
      assertThat(r.endDate()).isBefore(AS_OF);
      assertThat(r.changedAt()).isAfter(r.enteredAt());
      assertThat(of(STAFF.get(r.staffCode()), ReductionCategory.PHASED_RETURN))
          .anySatisfy(back -> assertThat(back.startDate()).isEqualTo(r.endDate().plusDays(1)));
    });
    assertThat(share(of(ReductionCategory.UNION_DUTIES).size(), staff)).isBetween(0.005, 0.015);
    assertThat(of(ReductionCategory.UNION_DUTIES)).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ReductionKind.HOURS));
    assertThat(of(ReductionCategory.OTHER)).isNotEmpty();
  }

  @Test
  void the_demo_users_are_never_off_sick() {
    Set<String> demo = REGION.demoStaff().values().stream().map(StaffMember::code).collect(Collectors.toSet());

    assertThat(REDUCTIONS).filteredOn(r -> demo.contains(r.staffCode()))
        .noneMatch(r -> r.category() == ReductionCategory.LONG_TERM_SICKNESS);
  }

  private static List<StaffMember> staff(Predicate<StaffMember> test) {
    return STAFF.values().stream().filter(test).toList();
  }

  private static List<ReductionToLoad> of(ReductionCategory category) {
    return REDUCTIONS.stream().filter(r -> r.category() == category).toList();
  }

  private static List<ReductionToLoad> of(StaffMember member, ReductionCategory category) {
    return REDUCTIONS.stream().filter(r -> r.staffCode().equals(member.code()) && r.category() == category).toList();
  }

  private static double share(long part, long whole) {
    return (double) part / whole;
  }
}
