package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.probatio.allocation.policy.CaseFacts.aCase;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Provider allocation under Transforming Rehabilitation (tiering-and-workload.md): NPS when any criterion holds, else CRC. */
class TransformingRehabilitation2014Test {

  final ProviderPolicy policy = new TransformingRehabilitation2014();

  ProviderDecision decide(CaseFacts facts) {
    return policy.decide(facts.facts());
  }

  @Test
  void a_case_that_meets_no_criterion_goes_to_the_crc_and_the_decision_says_what_was_looked_at() {
    ProviderDecision decision = decide(aCase().rsr(2.1).rosh(RoshLevel.MEDIUM));

    assertThat(decision.provider()).isEqualTo(Provider.CRC);
    assertThat(decision.policyVersion()).isEqualTo("TR-2014");
    assertThat(decision.decidedBy()).isEqualTo("No NPS criterion is met (MAPPA not eligible, RoSH medium, RSR 2.1%,"
        + " National exclusion none), so the case goes to the CRC");
    assertThat(decision.factors()).containsExactly(
        new ConsideredFactor("MAPPA", "not eligible", null, null, null),
        new ConsideredFactor("RoSH", "medium", "RoSH screening", LocalDate.of(2026, 11, 20), null),
        new ConsideredFactor("RSR", "2.1%", "OASys assessment", LocalDate.of(2026, 11, 2), null),
        new ConsideredFactor("National exclusion", "none", null, null, null));
    assertThat(decision.tier()).isNull();
  }

  @ParameterizedTest(name = "RSR {0}: {1}")
  @CsvSource({"6.89, CRC", "6.899, CRC", "6.9, NPS", "6.91, NPS", "23.0, NPS"})
  void an_rsr_of_6_point_9_or_more_goes_to_the_nps(double rsr, Provider provider) {
    assertThat(decide(aCase().rsr(rsr)).provider()).isEqualTo(provider);
  }

  @Test
  void the_rsr_decision_names_the_score_its_source_and_the_criterion() {
    ProviderDecision decision = decide(aCase().rsr(6.9));

    assertThat(decision.decidedBy()).isEqualTo(
        "RSR 6.9% on the OASys assessment of 2 November 2026 meets the NPS criterion 'RSR 6.9% or more'");
    assertThat(decision.factors()).filteredOn(ConsideredFactor::metCriterion).singleElement()
        .extracting(ConsideredFactor::name).isEqualTo("RSR");
  }

  @ParameterizedTest(name = "RoSH {0}: {1}")
  @CsvSource({"VERY_HIGH, NPS", "HIGH, NPS", "MEDIUM, CRC", "LOW, CRC"})
  void a_rosh_of_high_or_very_high_goes_to_the_nps(RoshLevel rosh, Provider provider) {
    assertThat(decide(aCase().rosh(rosh)).provider()).isEqualTo(provider);
  }

  @Test
  void the_rosh_decision_names_the_level_the_screening_and_its_date() {
    assertThat(decide(aCase().rosh(RoshLevel.HIGH)).decidedBy()).isEqualTo(
        "RoSH high on the RoSH screening of 20 November 2026 meets the NPS criterion 'RoSH high or very high'");
  }

  @Test
  void a_fact_without_a_recorded_source_is_said_to_have_none() {
    ProviderDecision decision = decide(aCase().roshUnsourced(RoshLevel.VERY_HIGH));

    assertThat(decision.decidedBy()).isEqualTo(
        "RoSH very high (source not recorded) meets the NPS criterion 'RoSH high or very high'");
    assertThat(decision.factors()).contains(new ConsideredFactor("RoSH", "very high", null, null, "RoSH high or very high"));
  }

  @ParameterizedTest(name = "MAPPA category {0}, level {1}")
  @CsvSource({"1, 0", "1, 1", "2, 1", "2, 2", "3, 3", "4, 1"})
  void a_mappa_eligible_case_of_any_category_or_level_goes_to_the_nps(int category, int level) {
    ProviderDecision decision = decide(aCase().mappa(category, level));

    assertThat(decision.provider()).isEqualTo(Provider.NPS);
    assertThat(decision.decidedBy()).isEqualTo("MAPPA category " + category + ", level " + level
        + " on the MAPPA registration of 3 March 2026 meets the NPS criterion 'MAPPA eligible (any category)'");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(NationalExclusion.class)
  void a_national_exclusion_goes_to_the_nps(NationalExclusion exclusion) {
    ProviderDecision decision = decide(aCase().excluded(exclusion));

    assertThat(decision.provider()).isEqualTo(Provider.NPS);
    assertThat(decision.decidedBy()).isEqualTo("National exclusion (" + exclusion.label() + ") on the court record of"
        + " 23 November 2026 meets the NPS criterion 'public-interest or other national exclusion'");
  }

  @Test
  void when_several_criteria_are_met_the_first_decides_and_every_factor_says_whether_it_met_one() {
    ProviderDecision decision = decide(aCase().rsr(7.5).rosh(RoshLevel.HIGH).excluded(NationalExclusion.TERRORISM));

    assertThat(decision.provider()).isEqualTo(Provider.NPS);
    assertThat(decision.decidedBy()).startsWith("RoSH high on the RoSH screening")
        .endsWith("; 2 more factors also meet an NPS criterion");
    assertThat(decision.factors()).extracting(ConsideredFactor::name, ConsideredFactor::criterionMet).containsExactly(
        tuple("MAPPA", null),
        tuple("RoSH", "RoSH high or very high"),
        tuple("RSR", "RSR 6.9% or more"),
        tuple("National exclusion", "public-interest or other national exclusion"));
  }

  @Test
  void registrations_other_than_mappa_do_not_decide_the_provider() {
    assertThat(decide(aCase().registration("RTAO").registration("ADVP")).provider()).isEqualTo(Provider.CRC);
  }
}
