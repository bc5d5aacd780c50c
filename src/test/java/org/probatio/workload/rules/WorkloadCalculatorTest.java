package org.probatio.workload.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workload measurement with the reference points table: the known figures, every cell, reports, the breakdown. */
class WorkloadCalculatorTest {

  static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  static final PointsTable REFERENCE = PointsTable.reference(1, FROM);

  static BigDecimal hours(String value) {
    return new BigDecimal(value);
  }

  static WorkloadInput po(List<WorkloadCase> cases, List<WorkloadReport> reports) {
    return new WorkloadInput("PO", hours("37"), hours("1.8"), cases, reports);
  }

  @Test
  void a_practitioner_on_37_hours_with_a_1_8_hour_reduction_has_2070_available_points() {
    assertThat(WorkloadCalculator.availablePoints(2176, hours("37"), hours("1.8"), hours("37"))).isEqualTo(2070);
    assertThat(WorkloadCalculator.calculate(REFERENCE, po(List.of(), List.of())).availablePoints()).isEqualTo(2070);
  }

  @Test
  void a_practitioner_on_30_hours_with_a_1_8_hour_reduction_has_1658_available_points() {
    assertThat(WorkloadCalculator.availablePoints(2176, hours("30"), hours("1.8"), hours("37"))).isEqualTo(1658);
    WorkloadInput partTime = new WorkloadInput("PSO", hours("30.0"), hours("1.8"), List.of(), List.of());
    assertThat(WorkloadCalculator.calculate(REFERENCE, partTime).availablePoints()).isEqualTo(1658);
  }

  @Test
  void five_hundred_of_a_thousand_points_is_50_percent() {
    assertThat(new Capacity(500, 1000).percent()).isEqualByComparingTo("50.0");
    assertThat(new Capacity(500, 1000).percent()).hasToString("50.0");
  }

  @Test
  void adding_a_b3_custody_case_to_500_of_1000_points_gives_55_9_percent() {
    CapacityAfter after = WorkloadCalculator.capacityAfter(REFERENCE, new Capacity(500, 1000),
        new WorkloadCase("X100001", "B3", CaseType.CUSTODY));

    assertThat(after.added().points()).isEqualTo(59);
    assertThat(after.added().cell()).isEqualTo("B3 custody");
    assertThat(after.before().percent()).hasToString("50.0");
    assertThat(after.after()).isEqualTo(new Capacity(559, 1000));
    assertThat(after.after().percent()).hasToString("55.9");
    assertThat(after.after().over()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}: {2} points")
  @CsvSource({
      "A3, COMMUNITY, 206", "A3, LICENCE, 219", "A3, CUSTODY, 75",
      "A2, COMMUNITY, 158", "A2, LICENCE, 175", "A2, CUSTODY, 60",
      "A1, COMMUNITY, 146", "A1, LICENCE, 163", "A1, CUSTODY, 59",
      "A0, COMMUNITY, 110", "A0, LICENCE, 0", "A0, CUSTODY, 0",
      "B3, COMMUNITY, 146", "B3, LICENCE, 161", "B3, CUSTODY, 59",
      "B2, COMMUNITY, 115", "B2, LICENCE, 132", "B2, CUSTODY, 48",
      "B1, COMMUNITY, 102", "B1, LICENCE, 119", "B1, CUSTODY, 47",
      "B0, COMMUNITY, 72", "B0, LICENCE, 0", "B0, CUSTODY, 0",
      "C3, COMMUNITY, 79", "C3, LICENCE, 77", "C3, CUSTODY, 30",
      "C2, COMMUNITY, 63", "C2, LICENCE, 65", "C2, CUSTODY, 24",
      "C1, COMMUNITY, 50", "C1, LICENCE, 52", "C1, CUSTODY, 23",
      "C0, COMMUNITY, 35", "C0, LICENCE, 0", "C0, CUSTODY, 0",
      "D3, COMMUNITY, 51", "D3, LICENCE, 51", "D3, CUSTODY, 17",
      "D2, COMMUNITY, 41", "D2, LICENCE, 43", "D2, CUSTODY, 14",
      "D1, COMMUNITY, 29", "D1, LICENCE, 31", "D1, CUSTODY, 13",
      "D0, COMMUNITY, 29", "D0, LICENCE, 0", "D0, CUSTODY, 0"})
  void each_cell_of_the_reference_table_gives_its_points(String tier, CaseType type, int points) {
    CaseScore score = WorkloadCalculator.score(REFERENCE, new WorkloadCase("X100001", tier, type));

    assertThat(score.points()).isEqualTo(points);
    assertThat(score.cell()).isEqualTo(tier + " " + type.label());
  }

  @ParameterizedTest(name = "{0} {1}: no points")
  @CsvSource({"A3S, COMMUNITY", "A3S, LICENCE", "B2S, CUSTODY", "D0S, COMMUNITY", "C1S, LICENCE"})
  void an_unsupervised_tier_counts_no_points_by_default(String tier, CaseType type) {
    CaseScore score = WorkloadCalculator.score(REFERENCE, new WorkloadCase("X100001", tier, type));

    assertThat(score.points()).isZero();
    assertThat(score.cell()).isEqualTo("S tier (unsupervised), " + type.label());
  }

  @Test
  void an_unsupervised_tier_counts_what_the_s_row_says_when_it_is_configured() {
    PointsTable table = new PointsTable(2, FROM, TierPoints.REFERENCE.with("S", CaseType.LICENCE, 12),
        PointsTable.REFERENCE_REPORTS, 2176, PointsTable.REFERENCE_HOURS);

    assertThat(WorkloadCalculator.score(table, new WorkloadCase("X1", "A3S", CaseType.LICENCE)).points()).isEqualTo(12);
    assertThat(WorkloadCalculator.score(table, new WorkloadCase("X1", "A3S", CaseType.CUSTODY)).points()).isZero();
    assertThat(WorkloadCalculator.score(table, new WorkloadCase("X1", "A3", CaseType.LICENCE)).points()).isEqualTo(219);
  }

  @ParameterizedTest(name = "{0}: {1} points")
  @CsvSource({
      "STANDARD, 138, Standard pre-sentence report: 138 points",
      "FAST, 65, Fast delivery (short format) pre-sentence report: 65 points",
      "ORAL, 65, 'Oral pre-sentence report: counted as fast delivery (short format) pre-sentence report, 65 points'",
      "PAROLE, 120, Parole report: 120 points"})
  void each_report_kind_counts_its_points_and_an_oral_report_counts_as_a_fast_one(ReportKind kind, int points, String rule) {
    ReportScore score = WorkloadCalculator.score(REFERENCE, new WorkloadReport("X100001", kind));

    assertThat(score.points()).isEqualTo(points);
    assertThat(score.rule()).isEqualTo(rule);
  }

  @Test
  void the_breakdown_names_each_case_and_report_its_points_its_cell_the_counts_and_the_table() {
    Workload workload = WorkloadCalculator.calculate(REFERENCE, po(
        List.of(new WorkloadCase("X100001", "B3", CaseType.CUSTODY),
            new WorkloadCase("X100002", "A1", CaseType.COMMUNITY),
            new WorkloadCase("X100003", "B3", CaseType.LICENCE),
            new WorkloadCase("X100004", "B2S", CaseType.LICENCE),
            new WorkloadCase("X100005", null, CaseType.COMMUNITY)),
        List.of(new WorkloadReport("X200001", ReportKind.ORAL), new WorkloadReport("X200002", ReportKind.STANDARD))));

    assertThat(workload.cases()).extracting(CaseScore::crn, CaseScore::points, CaseScore::cell).containsExactly(
        org.assertj.core.groups.Tuple.tuple("X100001", 59, "B3 custody"),
        org.assertj.core.groups.Tuple.tuple("X100002", 146, "A1 community"),
        org.assertj.core.groups.Tuple.tuple("X100003", 161, "B3 licence"),
        org.assertj.core.groups.Tuple.tuple("X100004", 0, "S tier (unsupervised), licence"),
        org.assertj.core.groups.Tuple.tuple("X100005", 0, "not yet tiered: no points until the case has a tier"));
    assertThat(workload.reports()).extracting(ReportScore::points).containsExactly(65, 138);
    assertThat(workload.points()).isEqualTo(59 + 146 + 161 + 65 + 138);
    assertThat(workload.availablePoints()).isEqualTo(2070);
    assertThat(workload.capacity().percent()).hasToString("27.5");
    assertThat(workload.casesByTier()).containsExactly(Map.entry("A1", 1), Map.entry("B3", 2), Map.entry("B2S", 1),
        Map.entry(Workload.NOT_TIERED, 1));
    assertThat(workload.casesByType()).containsExactly(Map.entry(CaseType.COMMUNITY, 2), Map.entry(CaseType.LICENCE, 2),
        Map.entry(CaseType.CUSTODY, 1));
    assertThat(workload.configurationVersion()).isEqualTo(1);
    assertThat(workload.configurationEffectiveFrom()).isEqualTo(FROM);
    assertThat(workload.defaultHours()).isEqualByComparingTo("37");
    assertThat(workload.explanation()).containsExactly(
        "Workload 569 points, capacity 27.5% (569 of 2070 available points), with the points table version 1 in force"
            + " from 1 January 2000",
        "Available points 2070: nominal target 2176 x (contracted hours 37 - reduction hours 1.8) / default hours 37.0,"
            + " rounded down",
        "  Case X100001, B3 custody: 59 points (B3 custody)",
        "  Case X100002, A1 community: 146 points (A1 community)",
        "  Case X100003, B3 licence: 161 points (B3 licence)",
        "  Case X100004, B2S licence: 0 points (S tier (unsupervised), licence)",
        "  Case X100005, not yet tiered community: 0 points (not yet tiered: no points until the case has a tier)",
        "  Oral pre-sentence report for X200001: 65 points (Oral pre-sentence report: counted as fast delivery (short"
            + " format) pre-sentence report, 65 points)",
        "  Standard pre-sentence report for X200002: 138 points (Standard pre-sentence report: 138 points)");
  }

  @ParameterizedTest(name = "{0} of {1} points is {2}%")
  @CsvSource({"1, 3, 33.3", "2, 3, 66.7", "1, 2000, 0.1", "1, 2001, 0.0", "2070, 2070, 100.0", "2071, 2070, 100.0",
      "2072, 2070, 100.1", "0, 1000, 0.0", "3000, 1000, 300.0"})
  void capacity_is_rounded_half_up_to_one_decimal_place(int points, int available, String percent) {
    assertThat(new Capacity(points, available).percent()).hasToString(percent);
  }

  @Test
  void over_capacity_is_more_than_100_percent_as_shown_to_one_decimal_place() {
    assertThat(new Capacity(1000, 1000).over()).isFalse();
    assertThat(new Capacity(1001, 1000).over()).isTrue();
    assertThat(new Capacity(2071, 2070).over()).as("100.05% shows as 100.0%").isFalse();
  }

  @Test
  void with_no_available_points_capacity_is_not_measured_and_any_points_are_over_capacity() {
    WorkloadInput sick = new WorkloadInput("PO", hours("37"), hours("37"),
        List.of(new WorkloadCase("X100001", "D1", CaseType.COMMUNITY)), List.of());
    Workload workload = WorkloadCalculator.calculate(REFERENCE, sick);

    assertThat(workload.availablePoints()).isZero();
    assertThat(workload.capacity().percent()).isNull();
    assertThat(workload.capacity().over()).isTrue();
    assertThat(workload.capacity()).hasToString("not measured: no available points (29 points held)");
    assertThat(new Capacity(0, 0).over()).isFalse();
    assertThat(WorkloadCalculator.capacityAfter(REFERENCE, new Capacity(0, 0),
        new WorkloadCase("X100002", "D0", CaseType.COMMUNITY)).after().over()).isTrue();
  }

  @Test
  void reductions_beyond_the_contracted_hours_leave_no_available_points_not_fewer() {
    assertThat(WorkloadCalculator.availablePoints(2176, hours("20"), hours("30"), hours("37"))).isZero();
    WorkloadInput input = new WorkloadInput("PO", hours("20"), hours("30"), List.of(), List.of());
    assertThat(WorkloadCalculator.calculate(REFERENCE, input).explanation().get(1))
        .endsWith("rounded down; reductions cover all the contracted hours");
  }

  @Test
  void more_contracted_hours_than_the_grades_default_give_more_than_the_target() {
    assertThat(WorkloadCalculator.availablePoints(2176, hours("40"), BigDecimal.ZERO, hours("37"))).isEqualTo(2352);
  }

  @Test
  void a_changed_table_changes_the_figure_and_names_its_own_version() {
    PointsTable changed = new PointsTable(7, LocalDate.of(2031, 4, 1),
        TierPoints.REFERENCE.with("B3", CaseType.CUSTODY, 60), PointsTable.reports(140, 65, 120), 2000,
        Map.of("PO", hours("36"), "PQIP", hours("37"), "PSO", hours("37")));
    Workload workload = WorkloadCalculator.calculate(changed, new WorkloadInput("PO", hours("36"), BigDecimal.ZERO,
        List.of(new WorkloadCase("X100001", "B3", CaseType.CUSTODY)), List.of(new WorkloadReport("X1", ReportKind.STANDARD))));

    assertThat(workload.points()).isEqualTo(200);
    assertThat(workload.availablePoints()).isEqualTo(2000);
    assertThat(workload.configurationVersion()).isEqualTo(7);
    assertThat(workload.configurationEffectiveFrom()).isEqualTo(LocalDate.of(2031, 4, 1));
  }

  @Test
  void a_grade_without_default_hours_in_the_table_is_refused_naming_the_grade() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkloadCalculator.calculate(REFERENCE,
            new WorkloadInput("SPO", hours("37"), BigDecimal.ZERO, List.of(), List.of())))
        .withMessage("the points table version 1 has no default contracted hours for grade SPO, only for [PO, PQIP, PSO]");
  }

  @Test
  void a_tier_must_be_written_as_staff_write_it() {
    assertThat(TierCode.of("B2S")).isEqualTo(new TierCode('B', 2, true));
    assertThat(TierCode.of(" A3 ").code()).isEqualTo("A3");
    assertThatIllegalArgumentException().isThrownBy(() -> new WorkloadCase("X1", "E1", CaseType.CUSTODY))
        .withMessage("tier must be like B3 or B2S, not E1");
    assertThatIllegalArgumentException().isThrownBy(() -> TierCode.of("B4"));
    assertThatIllegalArgumentException().isThrownBy(() -> TierCode.of("b3"));
    assertThatIllegalArgumentException().isThrownBy(() -> new WorkloadInput("PO", hours("-1"), BigDecimal.ZERO,
        List.of(), List.of())).withMessage("contractedHours must not be negative, not -1");
  }
}
