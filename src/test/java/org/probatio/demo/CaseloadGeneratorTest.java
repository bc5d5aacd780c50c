package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.policy.Provider;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.Deadlines;
import org.probatio.court.PreSentenceReport;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;
import org.probatio.risk.RoshLevel;
import org.probatio.workforce.Grade;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;
import org.probatio.workload.WorkloadToLoad;
import org.probatio.workload.WorkloadToLoad.HeldCase;
import org.probatio.workload.WorkloadToLoad.PractitionerToLoad;

/**
 * Who holds each generated case: the same every time from the seed, a case-holding practitioner of the
 * provider the decision gave it to, at work when given it, never a PSO against the grade rules without a
 * senior practitioner's reason, the person's responsible officer, and nobody yet for the last days' cases.
 */
class CaseloadGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final Instant AS_OF_START = AS_OF.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
  static final WorkingDays WORKING_DAYS = WorkingDays.englandAndWales();
  static final Map<RegionModel, Generated> REGIONS = new EnumMap<>(RegionModel.class);

  /** A region with each person, their history and their workload records, by position. */
  record Generated(RegionGenerator region, List<GeneratedPerson> people, List<CaseHistory> histories,
      List<WorkloadToLoad> workload, Map<String, StaffMember> staff) {

    StaffMember member(String code) {
      return Objects.requireNonNull(staff.get(code), code);
    }

    List<HeldCase> held() {
      return workload.stream().map(WorkloadToLoad::heldCase).filter(Objects::nonNull).toList();
    }
  }

  static synchronized Generated generated(RegionModel model) {
    return REGIONS.computeIfAbsent(model, m -> {
      RegionGenerator region = new RegionGenerator(6_000, 5, AS_OF, m);
      List<GeneratedPerson> people = region.people().toList();
      List<CaseHistory> histories = CaseHistoryGeneratorTest.histories(region, people);
      List<WorkloadToLoad> workload = people.stream()
          .map(p -> region.caseHistories().workload(p, CaseHistoryGeneratorTest.crn(p), KnownIds.NONE)).toList();
      return new Generated(region, people, histories, workload, region.organisation().staff().stream()
          .collect(Collectors.toMap(StaffMember::code, Function.identity())));
    });
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void the_same_seed_gives_the_same_caseloads_and_reductions(RegionModel model) {
    Generated first = generated(model);
    RegionGenerator again = new RegionGenerator(6_000, 5, AS_OF, model);

    assertThat(again.reductions()).isEqualTo(first.region().reductions());
    assertThat(again.people().limit(500).map(p -> again.caseHistories().workload(p, CaseHistoryGeneratorTest.crn(p),
        KnownIds.NONE)).toList()).isEqualTo(first.workload().subList(0, 500));
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void every_case_a_final_decision_gave_a_provider_is_held_there_from_the_decision(RegionModel model) {
    Generated g = generated(model);
    String firstCrc = g.region().organisation().providers().stream().filter(p -> p.type() == ProviderType.CRC)
        .map(org.probatio.workforce.Provider::code).sorted().findFirst().orElse(null);
    for (int i = 0; i < g.people().size(); i++) {
      CaseHistory h = g.histories().get(i);
      HeldCase held = g.workload().get(i).heldCase();
      assertThat(held != null).as("a case is held exactly when its decision is final")
          .isEqualTo(h.outcome() == CaseHistory.Outcome.DECIDED);
      if (held == null) {
        continue;
      }
      DecisionToLoad decision = h.allocation().decision();
      boolean toCrc = decision.override() == null && h.policy().provider() == Provider.CRC;
      assertThat(held.providerCode()).isEqualTo(toCrc ? firstCrc : g.region().courtProviderCode());
      assertThat(held.providerAllocatedAt()).isEqualTo(decision.override() == null ? decision.decidedAt()
          : decision.override().approval().at());
      assertThat(held.orderType()).isEqualTo(h.court().sentence().orderType());
      assertThat(held.sentenceDate()).isEqualTo(h.court().sentence().sentenceDate());
      assertThat(held.lengthMonths()).isEqualTo(h.court().sentence().lengthMonths());
      assertThat(held.expectedReleaseDate()).isEqualTo(h.court().sentence().expectedReleaseDate());
      assertThat(held.tier()).matches("[A-D][0-3]S?");
      if (h.policy().tier() != null) {
        assertThat(held.tier()).isEqualTo(h.policy().tier().code());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void every_practitioner_is_a_case_holder_of_the_cases_provider_at_work_when_given_it(RegionModel model) {
    Generated g = generated(model);
    Map<String, StaffMember> byUsername = usernames(g);
    for (HeldCase held : g.held()) {
      List<PractitionerToLoad> practitioners = held.practitioners();
      for (int i = 0; i < practitioners.size(); i++) {
        PractitionerToLoad p = practitioners.get(i);
        StaffMember member = g.member(p.staffCode());
        assertThat(member.providerCode()).isEqualTo(held.providerCode());
        assertThat(member.grade()).isIn(Grade.PO, Grade.PQIP, Grade.PSO);
        assertThat(p.teamCode()).isEqualTo(member.teamCode());
        assertThat(LondonTime.day(p.allocatedAt())).isAfterOrEqualTo(member.startDate());
        assertThat(p.allocatedAt()).isAfterOrEqualTo(held.providerAllocatedAt()).isBefore(AS_OF_START);
        StaffMember senior = byUsername.get(p.allocatedBy());
        assertThat(senior.grade()).isEqualTo(Grade.SPO);
        assertThat(senior.providerCode()).isEqualTo(held.providerCode());
        assertThat(p.justification()).isNotBlank();
        if (i < practitioners.size() - 1) {
          PractitionerToLoad next = practitioners.get(i + 1);
          assertThat(p.endedAt()).isEqualTo(next.allocatedAt()).isAfter(p.allocatedAt());
          assertThat(p.endedBecause()).isEqualTo("Reallocated to " + g.member(next.staffCode()).displayName() + " ("
              + next.staffCode() + ")");
          assertThat(next.reallocationReason()).isNotNull();
          assertThat(next.reallocationDetails()).isNotBlank();
          assertThat(next.staffCode()).isNotEqualTo(p.staffCode());
        } else {
          assertThat(p.endedAt()).isNull();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void no_pso_holds_a_case_the_grade_rules_keep_from_one_without_a_recorded_reason_and_a_few_do_with_one(
      RegionModel model) {
    Generated g = generated(model);
    int overridden = 0;
    for (int i = 0; i < g.people().size(); i++) {
      HeldCase held = g.workload().get(i).heldCase();
      if (held == null) {
        continue;
      }
      boolean keptFromPso = keptFromPso(g.histories().get(i).risk(), held.tier());
      for (PractitionerToLoad p : held.practitioners()) {
        boolean pso = g.member(p.staffCode()).grade() == Grade.PSO;
        assertThat(p.gradeOverrideReason() != null).as("an override reason exactly when a PSO holds a case kept from one")
            .isEqualTo(pso && keptFromPso);
        overridden += p.gradeOverrideReason() != null && p.endedAt() == null ? 1 : 0;
      }
    }
    assertThat(overridden).isBetween(1, 40);
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void each_persons_responsible_officer_is_the_practitioner_of_their_case_and_without_one_they_have_none(
      RegionModel model) {
    Generated g = generated(model);
    for (int i = 0; i < g.people().size(); i++) {
      HeldCase held = g.workload().get(i).heldCase();
      String current = held == null || held.practitioners().isEmpty() ? null
          : held.practitioners().get(held.practitioners().size() - 1).staffCode();
      assertThat(g.people().get(i).responsibleOfficerCode()).isEqualTo(current);
    }
    assertThat(g.people()).filteredOn(p -> p.responsibleOfficerCode() == null).hasSizeBetween(500, 1_500);
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void the_cases_of_the_last_working_days_wait_for_a_practitioner_and_the_rest_have_one(RegionModel model) {
    Generated g = generated(model);
    List<HeldCase> waiting = g.held().stream().filter(h -> h.practitioners().isEmpty()).toList();
    LocalDate threeWorkingDaysBack = WORKING_DAYS.add(AS_OF, -3);

    assertThat(waiting).hasSizeBetween(40, 250)
        .allSatisfy(h -> assertThat(LondonTime.day(h.providerAllocatedAt())).isAfterOrEqualTo(threeWorkingDaysBack));
    assertThat(g.held()).filteredOn(h -> LondonTime.day(h.providerAllocatedAt()).isBefore(threeWorkingDaysBack))
        .allSatisfy(h -> assertThat(h.practitioners()).isNotEmpty());
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void a_few_cases_are_reallocated_for_each_reason_and_some_are_sensitive_or_carry_an_oversight_note(RegionModel model) {
    List<PractitionerToLoad> current = generated(model).held().stream().filter(h -> !h.practitioners().isEmpty())
        .map(h -> h.practitioners().get(h.practitioners().size() - 1)).toList();
    List<PractitionerToLoad> reallocated = current.stream().filter(p -> p.reallocationReason() != null).toList();

    assertThat(share(reallocated.size(), current.size())).isBetween(0.03, 0.20);
    assertThat(reallocated.stream().map(PractitionerToLoad::reallocationReason).distinct().count()).isGreaterThan(3);
    assertThat(share(current.stream().filter(PractitionerToLoad::sensitive).count(), current.size()))
        .isBetween(0.01, 0.05);
    assertThat(share(current.stream().filter(p -> p.oversightNote() != null).count(), current.size()))
        .isBetween(0.2, 0.4);
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void every_report_is_on_its_authors_workload_as_the_court_stores_it(RegionModel model) {
    Generated g = generated(model);
    for (int i = 0; i < g.people().size(); i++) {
      PreSentenceReport written = g.histories().get(i).court() == null ? null : g.histories().get(i).court().report();
      WorkloadToLoad.AuthoredReport report = g.workload().get(i).report();
      assertThat(report != null).isEqualTo(written != null);
      if (report != null) {
        assertThat(List.of(report.staffCode(), report.type(), report.requestedAt()))
            .isEqualTo(List.of(written.authorStaffCode(), written.type(), written.requestedAt()));
        assertThat(report.completedAt()).isEqualTo(written.completedAt());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RegionModel.class)
  void the_demo_practitioner_holds_a_limited_access_case_and_the_second_practitioner_none(RegionModel model) {
    Generated g = generated(model);
    StaffMember demo = g.region().demoStaff().get(DemoUser.PRACTITIONER);
    StaffMember keptOut = g.region().demoStaff().get(DemoUser.PRACTITIONER_2);
    List<GeneratedPerson> limited = g.people().stream().filter(p -> p.limitedAccess() != null).toList();

    assertThat(limited.stream().filter(p -> p.responsibleOfficerCode() != null).findFirst())
        .hasValueSatisfying(p -> assertThat(p.responsibleOfficerCode()).isEqualTo(demo.code()));
    assertThat(limited).allSatisfy(p -> {
      assertThat(p.responsibleOfficerCode()).isNotEqualTo(keptOut.code());
      HeldCase held = g.workload().get(p.index()).heldCase();
      if (held != null) {
        assertThat(held.practitioners()).allSatisfy(a -> {
          assertThat(a.sensitive()).isTrue();
          assertThat(a.staffCode()).isNotEqualTo(keptOut.code());
        });
      }
    });
  }

  @Test
  void in_a_crc_psos_hold_the_most_cases_and_in_the_nps_the_officers_do() {
    Generated g = generated(RegionModel.TRANSFORMING_REHABILITATION);
    Map<String, Long> held = g.held().stream().filter(h -> !h.practitioners().isEmpty())
        .collect(Collectors.groupingBy(h -> h.practitioners().get(h.practitioners().size() - 1).staffCode(),
            Collectors.counting()));
    String crc = g.held().stream().map(HeldCase::providerCode).filter(code -> code.startsWith("C")).findFirst()
        .orElseThrow();

    assertThat(averageHeld(g, held, crc, Grade.PSO)).isGreaterThan(averageHeld(g, held, crc, Grade.PO));
    String nps = g.region().courtProviderCode();
    assertThat(averageHeld(g, held, nps, Grade.PO)).isGreaterThan(averageHeld(g, held, nps, Grade.PSO));
  }

  /** The grade rules, read from the records as they stand: RoSH, MAPPA level, registrations and protect level. */
  private static boolean keptFromPso(RiskToLoad risk, String tier) {
    RoshLevel rosh = risk.screening() == null ? null : risk.screening().levels().overall();
    boolean highRosh = rosh == RoshLevel.HIGH || rosh == RoshLevel.VERY_HIGH;
    boolean registered = false;
    for (LoadedRegistration r : risk.registrations()) {
      RegisterType type = r.registration().type();
      Integer level = r.registration().mappaLevel();
      registered |= type == RegisterType.ADVP || type == RegisterType.RCPR || (level != null && level >= 2);
    }
    return highRosh || registered || tier.startsWith("A");
  }

  private static double averageHeld(Generated g, Map<String, Long> held, String provider, Grade grade) {
    return g.staff().values().stream().filter(s -> s.providerCode().equals(provider) && s.grade() == grade)
        .mapToLong(s -> held.getOrDefault(s.code(), 0L)).average().orElse(0);
  }

  private static Map<String, StaffMember> usernames(Generated g) {
    Map<String, StaffMember> byUsername = new HashMap<>();
    g.staff().values().forEach(s -> byUsername.put(s.email().substring(0, s.email().indexOf('@')), s));
    g.region().demoStaff().forEach((user, s) -> byUsername.put(user.username(), s));
    return byUsername;
  }

  private static double share(long part, long whole) {
    return (double) part / whole;
  }
}
