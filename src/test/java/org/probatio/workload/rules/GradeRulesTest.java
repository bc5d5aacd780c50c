package org.probatio.workload.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grade rules (issue 5, "Grade rules"): a PSO may not hold a case with RoSH high or very high, MAPPA
 * level 2 or 3, protect level A, or a domestic abuse perpetrator or child protection registration,
 * unless a senior practitioner records an override.
 */
class GradeRulesTest {

  static final GradeRules RULES = GradeRules.REFERENCE;

  static CaseRisk risk(@Nullable Rosh rosh, @Nullable Integer mappa, @Nullable String protect, String... codes) {
    Map<String, String> registrations = new java.util.TreeMap<>();
    for (String code : codes) {
      registrations.put(code, switch (code) {
        case "ADVP" -> "Domestic abuse perpetrator";
        case "RCPR" -> "Child protection";
        case "WEAP" -> "Weapons";
        default -> code;
      });
    }
    return new CaseRisk(rosh, mappa, protect, registrations);
  }

  static List<String> reasons(Eligibility eligibility) {
    return eligibility instanceof Eligibility.NotEligible not ? not.reasons() : List.of();
  }

  @ParameterizedTest(name = "RoSH {0}: {1}")
  @CsvSource(value = {"VERY_HIGH, RoSH is very high", "HIGH, RoSH is high", "MEDIUM, ", "LOW, "}, nullValues = "")
  void a_pso_may_not_hold_a_case_with_rosh_high_or_very_high(Rosh rosh, @Nullable String reason) {
    Eligibility eligibility = RULES.check("PSO", risk(rosh, null, null));

    assertThat(eligibility.eligible()).isEqualTo(reason == null);
    assertThat(reasons(eligibility)).isEqualTo(reason == null ? List.of() : List.of(reason));
  }

  @ParameterizedTest(name = "MAPPA level {0}: {1}")
  @CsvSource(value = {"3, MAPPA level 3", "2, MAPPA level 2", "1, ", "0, "}, nullValues = "")
  void a_pso_may_not_hold_a_case_at_mappa_level_2_or_3(int level, @Nullable String reason) {
    Eligibility eligibility = RULES.check("PSO", risk(null, level, null));

    assertThat(eligibility.eligible()).isEqualTo(reason == null);
    assertThat(reasons(eligibility)).isEqualTo(reason == null ? List.of() : List.of(reason));
  }

  @ParameterizedTest(name = "protect level {0}: {1}")
  @CsvSource(value = {"A, Protect level A", "B, ", "C, ", "D, "}, nullValues = "")
  void a_pso_may_not_hold_a_case_at_protect_level_a(String protect, @Nullable String reason) {
    Eligibility eligibility = RULES.check("PSO", risk(null, null, protect));

    assertThat(eligibility.eligible()).isEqualTo(reason == null);
    assertThat(reasons(eligibility)).isEqualTo(reason == null ? List.of() : List.of(reason));
  }

  @ParameterizedTest(name = "registration {0}: {1}")
  @CsvSource(value = {"ADVP, Registered: domestic abuse perpetrator (ADVP)", "RCPR, Registered: child protection (RCPR)",
      "WEAP, ", "ADVV, "}, nullValues = "")
  void a_pso_may_not_hold_a_case_registered_for_domestic_abuse_perpetrator_or_child_protection(String code,
      @Nullable String reason) {
    Eligibility eligibility = RULES.check("PSO", risk(null, null, null, code));

    assertThat(eligibility.eligible()).isEqualTo(reason == null);
    assertThat(reasons(eligibility)).isEqualTo(reason == null ? List.of() : List.of(reason));
  }

  @Test
  void a_case_with_several_risks_gives_every_reason_in_the_order_of_the_rules() {
    Eligibility eligibility = RULES.check("PSO", risk(Rosh.HIGH, 2, "A", "RCPR", "ADVP", "WEAP"));

    assertThat(eligibility).isEqualTo(new Eligibility.NotEligible("PSO", List.of("RoSH is high", "MAPPA level 2",
        "Protect level A", "Registered: domestic abuse perpetrator (ADVP)", "Registered: child protection (RCPR)")));
    assertThat(eligibility).hasToString("A PSO may not hold this case without an override: RoSH is high; MAPPA level 2;"
        + " Protect level A; Registered: domestic abuse perpetrator (ADVP); Registered: child protection (RCPR)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PO", "PQIP", "SPO"})
  void the_other_grades_may_hold_any_case(String grade) {
    assertThat(RULES.check(grade, risk(Rosh.VERY_HIGH, 3, "A", "ADVP", "RCPR")))
        .isEqualTo(new Eligibility.Eligible(grade));
  }

  @Test
  void a_pso_may_hold_a_case_with_none_of_the_risks() {
    assertThat(RULES.check("PSO", CaseRisk.none()).eligible()).isTrue();
    assertThat(RULES.check("PSO", risk(Rosh.MEDIUM, 1, "B", "WEAP")).eligible()).isTrue();
  }

  @Test
  void a_criterion_switched_off_no_longer_counts_and_the_others_still_do() {
    GradeRules withoutRosh = new GradeRules(Set.of("PSO"), EnumSet.of(GradeCriterion.MAPPA_LEVEL_2_OR_3,
        GradeCriterion.PROTECT_LEVEL_A, GradeCriterion.REGISTRATION), Set.of("ADVP", "RCPR"));

    assertThat(withoutRosh.check("PSO", risk(Rosh.VERY_HIGH, null, "B")).eligible()).isTrue();
    assertThat(reasons(withoutRosh.check("PSO", risk(Rosh.VERY_HIGH, 2, "B")))).containsExactly("MAPPA level 2");
  }

  @Test
  void the_registration_criterion_looks_only_for_the_register_codes_configured() {
    GradeRules weapons = new GradeRules(Set.of("PSO"), EnumSet.of(GradeCriterion.REGISTRATION), Set.of("WEAP"));

    assertThat(weapons.check("PSO", risk(null, null, null, "ADVP")).eligible()).isTrue();
    assertThat(reasons(weapons.check("PSO", risk(null, null, null, "ADVP", "WEAP"))))
        .containsExactly("Registered: weapons (WEAP)");
    assertThat(reasons(weapons.check("PSO", new CaseRisk(null, null, null, Map.of("WEAP", "WEAP")))))
        .containsExactly("Registered: WEAP");
  }

  @Test
  void more_grades_can_be_restricted_and_none_at_all() {
    GradeRules learnersToo = new GradeRules(Set.of("PSO", "PQIP"), EnumSet.allOf(GradeCriterion.class), Set.of("ADVP"));
    assertThat(reasons(learnersToo.check("PQIP", risk(null, 3, null)))).containsExactly("MAPPA level 3");
    assertThat(learnersToo.check("PO", risk(null, 3, null)).eligible()).isTrue();

    GradeRules nobody = new GradeRules(Set.of(), EnumSet.allOf(GradeCriterion.class), Set.of("ADVP"));
    assertThat(nobody.check("PSO", risk(Rosh.VERY_HIGH, 3, "A", "ADVP")).eligible()).isTrue();
    assertThat(nobody.explanation()).containsExactly("Every grade may hold any case");
  }

  @Test
  void the_rules_read_as_the_policy() {
    assertThat(RULES.explanation()).containsExactly("A PSO may not hold a case with RoSH high or very high; MAPPA level 2"
        + " or 3; Protect level A; a registration with register code ADVP, RCPR, unless a senior practitioner records an"
        + " override with a reason");
  }
}
