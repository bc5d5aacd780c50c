package org.probatio.workload.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a new version of the configuration changes, in words, for the confirmation page and the audit trail. */
class ConfigurationChangeTest {

  static final PointsTable REFERENCE = PointsTable.reference(1, LocalDate.of(2000, 1, 1));

  @Test
  void the_same_values_change_nothing() {
    assertThat(ConfigurationChange.between(REFERENCE, GradeRules.REFERENCE,
        PointsTable.reference(2, LocalDate.of(2030, 1, 1)), GradeRules.REFERENCE)).isEmpty();
  }

  @Test
  void each_changed_value_is_listed_in_the_order_of_the_configuration() {
    PointsTable after = new PointsTable(0, LocalDate.of(2030, 1, 1),
        TierPoints.REFERENCE.with("B3", CaseType.CUSTODY, 60).with("S", CaseType.COMMUNITY, 5),
        PointsTable.reports(138, 70, 120), 2200, Map.of("PO", new BigDecimal("37.0"), "PQIP", new BigDecimal("36.5"),
        "PSO", new BigDecimal("37")));
    GradeRules rules = new GradeRules(Set.of("PSO", "PQIP"),
        EnumSet.complementOf(EnumSet.of(GradeCriterion.PROTECT_LEVEL_A)), Set.of("ADVP", "RCPR", "WEAP"));

    assertThat(ConfigurationChange.between(REFERENCE, GradeRules.REFERENCE, after, rules))
        .extracting(ConfigurationChange::toString).containsExactly(
            "Points for B3 custody: 59 to 60",
            "Points for S tier (unsupervised), community: 0 to 5",
            "Points for a fast delivery (short format) pre-sentence report: 65 to 70",
            "Nominal target: 2176 to 2200",
            "Default contracted hours for PQIP: 37 to 36.5",
            "Grades the grade rules restrict: PSO to PQIP, PSO",
            "Grade rule: Protect level A: on to off",
            "Register codes the grade rules look for: ADVP, RCPR to ADVP, RCPR, WEAP");
  }
}
