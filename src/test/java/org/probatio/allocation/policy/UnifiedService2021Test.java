package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.allocation.policy.CaseFacts.aCase;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unified Probation Service: one provider for every case, and the decision carries the V2 tier. */
class UnifiedService2021Test {

  final ProviderPolicy policy = new UnifiedService2021();

  @Test
  void every_case_goes_to_the_probation_service_whatever_its_risk() {
    assertThat(policy.decide(aCase().facts()).provider()).isEqualTo(Provider.PROBATION_SERVICE);
    assertThat(policy.decide(aCase().rosh(RoshLevel.VERY_HIGH).mappa(1, 2).facts()).provider())
        .isEqualTo(Provider.PROBATION_SERVICE);
  }

  @Test
  void the_decision_carries_the_v2_tier_calculated_from_the_same_facts() {
    ProviderDecision decision = policy.decide(aCase().rsr(23.0).ogrs(21).registration("IIOM").unsupervised()
        .assessed(new TierAssessment(Map.of(Need.ATTITUDES, NeedSeverity.SEVERE), false, 0, 0)).facts());

    assertThat(decision.policyVersion()).isEqualTo("UNIFIED-2021");
    assertThat(decision.tier()).isNotNull();
    assertThat(decision.tier().code()).isEqualTo("B1S");
    assertThat(decision.tier().change().points()).isEqualTo(8);
    assertThat(decision.decidedBy()).isEqualTo("Since the unification of probation in June 2021 every case goes to the"
        + " Probation Service; this case is tier B1S (tier model V2)");
  }

  @Test
  void the_decision_lists_every_fact_with_its_source_and_no_criterion() {
    ProviderDecision decision = policy.decide(aCase().woman().rosh(RoshLevel.HIGH).registration("RMDO").facts());

    assertThat(decision.factors()).extracting(ConsideredFactor::name).containsExactly("Gender", "RSR", "RoSH", "MAPPA",
        "Registration", "Previous breach or recall", "OGRS", "Mandate for change", "Assessment", "Unsupervised period");
    assertThat(decision.factors()).noneMatch(ConsideredFactor::metCriterion);
    assertThat(decision.factors()).contains(
        new ConsideredFactor("Gender", "female", "person record", null, null),
        new ConsideredFactor("Registration", "RMDO", "registration", LocalDate.of(2026, 1, 5), null),
        new ConsideredFactor("Mandate for change", "yes", "sentence", CaseFacts.SENTENCED, null));
  }
}
