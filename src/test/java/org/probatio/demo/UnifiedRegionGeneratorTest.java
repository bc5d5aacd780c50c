package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.CaseFactsOnRecord;
import org.probatio.allocation.policy.ProtectLevel;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.ProviderPolicies;
import org.probatio.allocation.policy.TransformingRehabilitation2014;
import org.probatio.allocation.policy.UnifiedService2021;
import org.probatio.demo.CaseHistory.Outcome;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RoshLevel;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;

/**
 * A region of the unified Probation Service (issue 4): one provider holds everyone and employs every
 * grade, and every decision is the UNIFIED-2021 policy's on the facts as they stood, with its tier.
 */
class UnifiedRegionGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final RegionGenerator REGION = new RegionGenerator(6_000, 5, AS_OF, RegionModel.UNIFIED_SERVICE);
  static final List<GeneratedPerson> PEOPLE = REGION.people().toList();
  static final List<CaseHistory> HISTORIES = CaseHistoryGeneratorTest.histories(REGION, PEOPLE);
  static final String REGION_CODE = REGION.organisation().providers().get(0).code();

  @Test
  void transforming_rehabilitation_stays_the_default() {
    assertThat(RegionModel.DEFAULT.policyVersion()).isEqualTo(TransformingRehabilitation2014.VERSION);
    assertThat(new RegionGenerator(300, 5, AS_OF).model()).isEqualTo(RegionModel.TRANSFORMING_REHABILITATION);
    assertThat(new RegionGenerator(300, 5, AS_OF).organisation())
        .isEqualTo(new RegionGenerator(300, 5, AS_OF, RegionModel.TRANSFORMING_REHABILITATION).organisation());
  }

  @Test
  void each_model_is_found_by_its_policy_version_and_no_other_name() {
    assertThat(RegionModel.forPolicy("TR-2014")).isEqualTo(RegionModel.TRANSFORMING_REHABILITATION);
    assertThat(RegionModel.forPolicy("UNIFIED-2021")).isEqualTo(RegionModel.UNIFIED_SERVICE);
    assertThat(RegionModel.policyVersions()).containsExactlyElementsOf(
        ProviderPolicies.all().stream().map(p -> p.version()).toList());
    assertThatIllegalArgumentException().isThrownBy(() -> RegionModel.forPolicy("UNIFIED_SERVICE"))
        .withMessage("'UNIFIED_SERVICE' is not a policy a region can be generated under: use TR-2014 or UNIFIED-2021");
  }

  @Test
  void a_unified_region_is_one_provider_of_its_own_type_employing_every_grade() {
    for (long seed = 1; seed <= 12; seed++) {
      Organisation organisation = new RegionGenerator(3_000, seed, AS_OF, RegionModel.UNIFIED_SERVICE).organisation();
      assertThat(organisation.providers()).singleElement().satisfies(p -> {
        assertThat(p.type()).isEqualTo(ProviderType.UNIFIED_REGION);
        assertThat(p.code()).matches("R0[1-3]");
        assertThat(p.name()).startsWith("Probation Service ");
      });
      String code = organisation.providers().get(0).code();
      assertThat(organisation.staff()).allSatisfy(s -> assertThat(s.providerCode()).isEqualTo(code));
      assertThat(organisation.deliveryUnits()).hasSizeBetween(3, 6)
          .allSatisfy(u -> assertThat(u.providerCode()).isEqualTo(code));
      assertThat(organisation.staff().stream().map(StaffMember::grade)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(Grade.class))))
          .containsExactlyInAnyOrder(Grade.values());
    }
  }

  @Test
  void the_seed_picks_the_same_region_under_either_model() {
    for (long seed = 1; seed <= 12; seed++) {
      String nps = new RegionGenerator(300, seed, AS_OF).organisation().providers().get(0).name();
      String unified = new RegionGenerator(300, seed, AS_OF, RegionModel.UNIFIED_SERVICE).organisation().providers()
          .get(0).name();
      assertThat(unified).isEqualTo(nps.replace("NPS ", "Probation Service "));
    }
  }

  @ParameterizedTest(name = "{0} people")
  @CsvSource({"3000", "100000", "250000"})
  void a_unified_region_has_as_many_staff_as_a_transforming_rehabilitation_one(int people) {
    int unified = new RegionGenerator(people, 2026, AS_OF, RegionModel.UNIFIED_SERVICE).organisation().staff().size();
    int split = new RegionGenerator(people, 2026, AS_OF).organisation().staff().size();

    assertThat(unified).isBetween(Staffing.staffFor(people), Staffing.staffFor(people) + 2);
    assertThat(unified).isCloseTo(split, within(Math.max(2, split / 100)));
  }

  @Test
  void the_same_seed_gives_the_same_unified_region() {
    RegionGenerator again = new RegionGenerator(6_000, 5, AS_OF, RegionModel.UNIFIED_SERVICE);

    assertThat(again.organisation()).isEqualTo(REGION.organisation());
    assertThat(again.people().toList()).isEqualTo(PEOPLE);
    assertThat(CaseHistoryGeneratorTest.histories(again, PEOPLE.subList(0, 500))).isEqualTo(HISTORIES.subList(0, 500));
  }

  @Test
  void everyone_is_held_by_the_region_and_the_demo_users_are_its_staff() {
    Map<String, StaffMember> staff = REGION.organisation().staff().stream()
        .collect(Collectors.toMap(StaffMember::code, Function.identity()));
    assertThat(PEOPLE).allSatisfy(p -> {
      assertThat(p.providerCode()).isEqualTo(REGION_CODE);
      if (p.responsibleOfficerCode() != null) {
        assertThat(staff.get(p.responsibleOfficerCode()).grade()).isIn(Grade.PO, Grade.PSO, Grade.PQIP);
      }
    });
    assertThat(PEOPLE).filteredOn(p -> p.limitedAccess() != null).hasSize(6_000 / 200);
    assertThat(REGION.demoStaff()).containsOnlyKeys(DemoUser.values());
    assertThat(REGION.demoStaff().values()).allSatisfy(s -> assertThat(s.providerCode()).isEqualTo(REGION_CODE));
    assertThat(REGION.demoStaff().get(DemoUser.COURT).grade()).isEqualTo(Grade.COURT_OFFICER);
    assertThat(REGION.demoStaff().get(DemoUser.INSPECTOR).grade()).isEqualTo(Grade.INSPECTOR);
  }

  @Test
  void the_court_work_is_the_regions_and_every_case_is_opened_at_it() {
    assertThat(HISTORIES).filteredOn(h -> h.court() != null).isNotEmpty().allSatisfy(h -> {
      assertThat(h.court().hearing().courtProviderCode()).isEqualTo(REGION_CODE);
      if (h.allocation() != null) {
        assertThat(h.allocation().courtProviderCode()).isEqualTo(REGION_CODE);
      }
    });
  }

  @Test
  void every_decision_is_unified_2021_with_its_tier_and_replays_on_the_facts_as_they_stood() {
    List<CaseHistory> decided = HISTORIES.stream()
        .filter(h -> h.allocation() != null && h.allocation().decision() != null).toList();
    assertThat(decided).hasSizeGreaterThan(4_000).allSatisfy(h -> {
      DecisionToLoad d = h.allocation().decision();
      assertThat(d.policyVersion()).isEqualTo(UnifiedService2021.VERSION);
      assertThat(h.policy().provider()).isEqualTo(Provider.PROBATION_SERVICE);
      assertThat(h.policy().tier()).isNotNull();
      assertThat(ProviderPolicies.byVersion(d.policyVersion()).decide(d.facts())).isEqualTo(h.policy());
      GeneratedPerson person = PEOPLE.get(HISTORIES.indexOf(h));
      assertThat(d.facts()).isEqualTo(CaseFactsOnRecord.facts(person.details().gender(),
          AllocationGenerator.asOn(LondonTime.day(d.decidedAt()), h.risk()), h.allocation().mandateForChange(),
          h.allocation().sentenceDate()));
    });
  }

  @Test
  void nothing_is_handed_over_overridden_or_entered_late_so_nothing_is_a_likely_misallocation() {
    assertThat(HISTORIES).allSatisfy(h -> {
      assertThat(h.handover()).isNull();
      assertThat(h.overridden()).isFalse();
      assertThat(h.lateEntry()).isNull();
      assertThat(h.likelyMisallocation()).isFalse();
      assertThat(h.outcome()).isNotEqualTo(Outcome.AWAITING_APPROVAL);
    });
    assertThat(HISTORIES).filteredOn(h -> h.outcome() == Outcome.AWAITING_GATE_OPEN).isNotEmpty();
  }

  @Test
  void about_three_cases_in_ten_are_at_high_risk_so_the_tiers_reach_every_protect_level() {
    long screened = HISTORIES.stream().filter(h -> h.risk().screening() != null).count();
    long high = HISTORIES.stream().filter(h -> h.risk().screening() != null
        && h.risk().screening().levels().overall().compareTo(RoshLevel.HIGH) >= 0).count();
    assertThat((double) high / screened).isCloseTo(0.27, within(0.04));
    assertThat(HISTORIES).anyMatch(h -> h.risk().registrations().stream()
        .anyMatch(r -> r.registration().type() == RegisterType.MAPP));

    Set<ProtectLevel> protectLevels = HISTORIES.stream().filter(h -> h.policy() != null)
        .map(h -> h.policy().tier().protect().level()).collect(Collectors.toSet());
    assertThat(protectLevels).containsExactlyInAnyOrder(ProtectLevel.values());
  }
}
