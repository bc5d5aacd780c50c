package org.probatio.workload.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits a configuration's values must keep to, each problem named by its field. */
class PointsTableTest {

  @Test
  void the_reference_values_are_all_allowed() {
    assertThat(PointsTable.problems(TierPoints.REFERENCE, PointsTable.REFERENCE_REPORTS, PointsTable.REFERENCE_TARGET,
        PointsTable.REFERENCE_HOURS)).isEmpty();
  }

  @Test
  void each_value_out_of_range_is_named_by_its_field() {
    TierPoints cases = TierPoints.REFERENCE.with("A3", CaseType.COMMUNITY, 1000).with("S", CaseType.CUSTODY, -1)
        .with("D0", CaseType.LICENCE, 999);
    Map<String, String> problems = PointsTable.problems(cases, PointsTable.reports(-5, 65, 1000), 0,
        Map.of("PO", new BigDecimal("0.5"), "PSO", new BigDecimal("60.1"), "PQIP", new BigDecimal("37.25")));

    assertThat(problems).containsExactly(
        Map.entry("points-A3-COMMUNITY", "Points for A3 community must be from 0 to 999"),
        Map.entry("points-S-CUSTODY", "Points for S tier (unsupervised), custody must be from 0 to 999"),
        Map.entry("report-STANDARD", "Points for a standard pre-sentence report must be from 0 to 999"),
        Map.entry("report-PAROLE", "Points for a parole report must be from 0 to 999"),
        Map.entry("target", "The nominal target must be from 1 to 9999 points"),
        Map.entry("hours-PO", "Default hours for PO must be from 1 to 60, to at most one decimal place"),
        Map.entry("hours-PQIP", "Default hours for PQIP must be from 1 to 60, to at most one decimal place"),
        Map.entry("hours-PSO", "Default hours for PSO must be from 1 to 60, to at most one decimal place"));
    assertThat(PointsTable.problems(TierPoints.REFERENCE, PointsTable.REFERENCE_REPORTS, 10_000, Map.of()))
        .containsOnlyKeys("target", "hours");
  }
}
