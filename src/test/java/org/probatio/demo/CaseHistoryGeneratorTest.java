package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.AllocationToLoad;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.CaseFactsOnRecord;
import org.probatio.allocation.policy.Provider;
import org.probatio.allocation.policy.ProviderDecision;
import org.probatio.allocation.policy.ProviderPolicies;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.CheckOutcome;
import org.probatio.court.CheckResponse;
import org.probatio.court.CourtToLoad;
import org.probatio.court.Deadlines;
import org.probatio.court.NewHearing;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportType;
import org.probatio.court.Sentence;
import org.probatio.demo.CaseHistory.Outcome;
import org.probatio.risk.RiskToLoad.LoadedScreening;
import org.probatio.workforce.Grade;
import org.probatio.workforce.StaffMember;

/**
 * Each person's court episode and allocation: made the same way every time from the seed, in the
 * shares the demo promises, with every time in its order, and every decision what the policy
 * decides on the facts it stores.
 */
class CaseHistoryGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final Instant AS_OF_START = AS_OF.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
  static final WorkingDays COURT_DAYS = WorkingDays.englandAndWales();
  static final RegionGenerator REGION = new RegionGenerator(6_000, 5, AS_OF);
  static final List<GeneratedPerson> PEOPLE = REGION.people().toList();
  static final List<CaseHistory> HISTORIES = histories(REGION, PEOPLE);

  static List<CaseHistory> histories(RegionGenerator region, List<GeneratedPerson> people) {
    return people.stream().map(p -> region.caseHistories().history(p, crn(p), KnownIds.NONE)).toList();
  }

  static String crn(GeneratedPerson person) {
    return person.crnInEmptyDatabase().value();
  }

  static List<CaseHistory> where(Predicate<CaseHistory> condition) {
    return HISTORIES.stream().filter(condition).toList();
  }

  static double share(long part, long whole) {
    return (double) part / whole;
  }

  @Test
  void the_same_seed_gives_the_same_histories_and_another_seed_does_not() {
    RegionGenerator again = new RegionGenerator(6_000, 5, AS_OF);
    assertThat(histories(again, again.people().limit(500).toList())).isEqualTo(HISTORIES.subList(0, 500));

    RegionGenerator other = new RegionGenerator(6_000, 6, AS_OF);
    assertThat(histories(other, other.people().limit(500).toList())).isNotEqualTo(HISTORIES.subList(0, 500));
  }

  @Test
  void a_history_made_in_parts_agrees_with_the_whole() {
    for (GeneratedPerson person : PEOPLE.subList(0, 500)) {
      CaseHistory whole = HISTORIES.get(person.index());
      assertThat(REGION.caseHistories().risk(person, crn(person))).isEqualTo(whole.risk());
      assertThat(REGION.caseHistories().court(person, crn(person), KnownIds.NONE)).isEqualTo(whole.court());
    }
  }

  @Test
  void the_smallest_and_the_earliest_regions_have_whole_histories() {
    for (RegionGenerator region : List.of(new RegionGenerator(1, 9, AS_OF),
        new RegionGenerator(300, 9, RegionGenerator.EARLIEST_AS_OF), new RegionGenerator(300, 9, RegionGenerator.LATEST_AS_OF))) {
      assertThat(histories(region, region.people().toList())).isNotEmpty();
    }
  }

  @Test
  void most_people_have_a_recent_episode_and_most_episodes_end_in_a_sentence() {
    long episodes = where(h -> h.court() != null).size();
    long sentences = where(h -> h.court() != null && h.court().sentence() != null).size();

    assertThat(share(episodes, PEOPLE.size())).isBetween(0.83, 0.89);
    assertThat(share(sentences, episodes)).isBetween(0.96, 0.99);
  }

  @Test
  void court_officers_write_the_reports_given_on_the_day_and_probation_officers_the_standard_ones() {
    Map<String, Grade> grades = REGION.organisation().staff().stream()
        .collect(Collectors.toMap(StaffMember::code, StaffMember::grade));
    List<PreSentenceReport> reports = where(h -> h.court() != null && h.court().report() != null).stream()
        .map(h -> h.court().report()).toList();

    assertThat(reports).extracting(PreSentenceReport::type).contains(ReportType.values());
    assertThat(reports).allSatisfy(r -> assertThat(grades.get(r.authorStaffCode()))
        .isEqualTo(r.type().onTheDay() ? Grade.COURT_OFFICER : Grade.PO));
  }

  @Test
  void reports_are_mostly_oral_then_fast_then_standard_and_most_are_given_on_the_day() {
    List<PreSentenceReport> finished = where(h -> h.court() != null && h.court().report() != null
        && h.court().report().completed()).stream().map(h -> h.court().report()).toList();
    long oral = finished.stream().filter(r -> r.type() == ReportType.ORAL).count();
    long fast = finished.stream().filter(r -> r.type() == ReportType.FAST).count();
    long standard = finished.stream().filter(r -> r.type() == ReportType.STANDARD).count();
    long onTheDay = finished.stream().filter(r -> Boolean.TRUE.equals(r.deliveredOnDay())).count();

    assertThat(share(oral, finished.size())).isBetween(0.36, 0.44);
    assertThat(share(fast, finished.size())).isBetween(0.31, 0.39);
    assertThat(share(standard, finished.size())).isBetween(0.21, 0.29);
    assertThat(share(onTheDay, finished.size())).isBetween(0.70, 0.85);
  }

  @Test
  void most_partner_checks_come_back_on_time_some_late_and_a_few_never() {
    List<PartnerCheck> checks = HISTORIES.stream().filter(h -> h.court() != null && h.court().report() != null)
        .flatMap(h -> h.court().report().checks().stream()).toList();
    long late = checks.stream().filter(CaseHistory::late).count();
    long notObtained = checks.stream().filter(c -> c.outcome() == CheckOutcome.NOT_OBTAINED).count();

    assertThat(share(late, checks.size())).isBetween(0.10, 0.15);
    assertThat(share(notObtained, checks.size())).isBetween(0.02, 0.06);
    assertThat(checks).filteredOn(c -> c.outcome() == CheckOutcome.NOT_OBTAINED)
        .allSatisfy(c -> assertThat(c.notObtainedReason()).isNotBlank());
    assertThat(checks).filteredOn(c -> c.late() && !c.answered()).isNotEmpty();
  }

  @Test
  void community_and_suspended_orders_are_most_sentences_and_custody_carries_its_release_date() {
    List<Sentence> sentences = HISTORIES.stream().map(CaseHistory::court).filter(Objects::nonNull)
        .map(CourtToLoad::sentence).filter(Objects::nonNull).toList();
    long community = sentences.stream().filter(s -> s.orderType() == OrderType.COMMUNITY_ORDER
        || s.orderType() == OrderType.SUSPENDED_SENTENCE_ORDER).count();
    long custody = sentences.stream().filter(s -> s.orderType().custody()).count();

    assertThat(share(community, sentences.size())).isBetween(0.65, 0.80);
    assertThat(share(custody, sentences.size())).isBetween(0.12, 0.26);
    assertThat(sentences).filteredOn(s -> s.orderType().custody()).allSatisfy(s -> {
      assertThat(s.expectedReleaseDate()).isAfter(s.sentenceDate());
      assertThat(s.licenceConditions()).isNotEmpty();
    });
    assertThat(sentences).filteredOn(s -> s.orderType() == OrderType.COMMUNITY_ORDER)
        .allSatisfy(s -> assertThat(s.requirements()).isNotEmpty());
  }

  @Test
  void every_case_waiting_has_its_gate_open_or_shut_as_planned() {
    List<CaseHistory> open = where(h -> h.outcome() == Outcome.AWAITING_GATE_OPEN);
    List<CaseHistory> shut = where(h -> h.outcome() == Outcome.AWAITING_GATE_SHUT);

    assertThat(open).isNotEmpty().allSatisfy(h -> {
      LoadedScreening screening = h.risk().screening();
      assertThat(screening).isNotNull();
      assertThat(screening.completedOn()).isAfterOrEqualTo(h.allocation().assessedFrom()).isBefore(AS_OF);
    });
    assertThat(shut).isNotEmpty().allSatisfy(h -> {
      LoadedScreening screening = h.risk().screening();
      if (screening != null) {
        assertThat(screening.completedOn()).isBefore(h.allocation().assessedFrom());
      }
    });
    assertThat(share(shut.size(), open.size() + shut.size())).isBetween(0.05, 0.2);
  }

  @Test
  void a_region_of_250000_would_have_thousands_of_cases_ready_to_decide() {
    // the lead engineer benchmarks deciding a case: 5,000 of 250,000 is 2%
    assertThat(share(where(h -> h.outcome() == Outcome.AWAITING_GATE_OPEN).size(), PEOPLE.size())).isGreaterThan(0.02);
  }

  @Test
  void every_decision_replays_to_the_provider_and_rule_the_policy_gives_on_its_facts() {
    List<CaseHistory> decided = where(h -> h.allocation() != null && h.allocation().decision() != null);
    assertThat(decided).hasSizeGreaterThan(4_000).allSatisfy(h -> {
      DecisionToLoad d = h.allocation().decision();
      ProviderDecision again = ProviderPolicies.byVersion(d.policyVersion()).decide(d.facts());
      assertThat(again.provider()).isEqualTo(h.policy().provider());
      assertThat(again.decidedBy()).isEqualTo(h.policy().decidedBy());
      // the facts are read from the records as they stood on the day, as allocation reads them
      LocalDate decidedOn = LondonTime.day(d.decidedAt());
      GeneratedPerson person = PEOPLE.get(HISTORIES.indexOf(h));
      assertThat(d.facts()).isEqualTo(CaseFactsOnRecord.facts(person.details().gender(),
          AllocationGenerator.asOn(decidedOn, withoutLateEntries(h)), h.allocation().mandateForChange(),
          h.allocation().sentenceDate()));
    });
  }

  @Test
  void an_override_keeps_an_nps_case_the_policy_would_send_to_the_crc_and_most_are_approved() {
    List<CaseHistory> overridden = where(CaseHistory::overridden);
    assertThat(overridden).isNotEmpty().allSatisfy(h -> {
      assertThat(h.policy().provider()).isEqualTo(Provider.CRC);
      assertThat(h.allocation().decision().override().provider()).isEqualTo(Provider.NPS);
      assertThat(h.handover()).isNull();
    });
    long approved = overridden.stream().filter(h -> h.allocation().decision().override().approval() != null).count();
    assertThat(share(approved, overridden.size())).isGreaterThan(0.9);
    assertThat(overridden).filteredOn(h -> h.allocation().decision().override().approval() != null).allSatisfy(h ->
        assertThat(h.allocation().decision().override().approval().by()).isNotEqualTo(h.allocation().decision().decidedBy()));
  }

  @Test
  void most_cases_are_decided_within_one_working_day_and_every_crc_decision_is_handed_over() {
    List<AllocationToLoad> decided = where(h -> h.outcome() == Outcome.DECIDED).stream().map(CaseHistory::allocation).toList();
    long withinOne = decided.stream().filter(a -> COURT_DAYS.between(a.sentenceDate(),
        LondonTime.day(a.decision().decidedAt())) <= 1).count();

    assertThat(share(withinOne, decided.size())).isBetween(0.75, 0.85);
    assertThat(decided).allSatisfy(a -> assertThat(COURT_DAYS.between(a.sentenceDate(),
        LondonTime.day(a.decision().decidedAt()))).isBetween(0, 3));
    assertThat(where(h -> h.outcome() == Outcome.DECIDED)).allSatisfy(h ->
        assertThat(h.handover() != null).isEqualTo(!h.overridden() && h.policy().provider() == Provider.CRC));
  }

  @Test
  void a_few_first_appointments_come_before_the_handover_and_none_before_the_sentence() {
    List<CaseHistory> handedOver = where(h -> h.handover() != null);
    List<CaseHistory> seen = handedOver.stream().filter(h -> h.handover().firstAppointment() != null).toList();
    long beforeDelivery = seen.stream().filter(CaseHistory::firstAppointmentBeforeDelivery).count();
    long acknowledged = handedOver.stream().filter(h -> h.handover().acknowledgement() != null).count();
    long reviewed = handedOver.stream().filter(h -> h.handover().review() != null).count();

    assertThat(share(beforeDelivery, seen.size())).isBetween(0.05, 0.10);
    assertThat(share(seen.size(), handedOver.size())).isGreaterThan(0.75);
    assertThat(share(acknowledged, handedOver.size())).isGreaterThan(0.85);
    assertThat(share(reviewed, handedOver.size())).isGreaterThan(0.75);
    assertThat(seen).allSatisfy(h ->
        assertThat(h.handover().firstAppointment().on()).isAfterOrEqualTo(h.allocation().sentenceDate()));
  }

  @Test
  void every_time_comes_in_its_order_and_before_the_as_of_day() {
    for (CaseHistory h : where(h -> h.court() != null)) {
      CourtToLoad court = h.court();
      PreSentenceReport report = court.report();
      if (report != null) {
        assertThat(report.requestedAt()).isBefore(report.dueAt()).isBefore(AS_OF_START);
        for (PartnerCheck check : report.checks()) {
          assertThat(check.requestedAt()).isEqualTo(report.requestedAt());
          assertThat(check.dueAt()).isEqualTo(Deadlines.checkDue(report.type(), report.requestedAt(), report.dueAt()));
          if (check.respondedAt() != null) {
            assertThat(check.respondedAt()).isAfter(check.requestedAt()).isBefore(AS_OF_START);
          }
          if (report.completed()) {
            assertThat(check.respondedAt()).isBefore(report.completedAt());
          }
        }
        if (report.completed()) {
          assertThat(report.completedAt()).isAfter(report.requestedAt()).isBefore(AS_OF_START);
        }
      }
      Sentence sentence = court.sentence();
      if (sentence == null) {
        continue;
      }
      assertThat(sentence.sentenceDate()).isAfterOrEqualTo(court.hearing().date()).isBefore(AS_OF);
      assertThat(LondonTime.day(sentence.recordedAt())).isEqualTo(sentence.sentenceDate());
      assertThat(court.hearing().createdAt()).isBefore(report == null ? sentence.recordedAt() : report.requestedAt());
      if (report != null && report.completed()) {
        assertThat(report.completedAt()).isBefore(sentence.recordedAt());
      }
      AllocationToLoad allocation = h.allocation();
      assertThat(allocation.openedAt()).isAfter(sentence.recordedAt());
      DecisionToLoad decision = allocation.decision();
      if (decision != null) {
        assertThat(decision.decidedAt()).isAfter(allocation.openedAt()).isBefore(AS_OF_START);
        HandoverToLoad handover = decision.handover();
        if (handover != null) {
          assertThat(handover.deliveredAt()).isAfter(decision.decidedAt());
          List<Instant> after = new ArrayList<>();
          if (handover.acknowledgement() != null) {
            after.add(handover.acknowledgement().at());
          }
          if (handover.firstAppointment() != null) {
            after.add(handover.firstAppointment().recordedAt());
          }
          if (handover.review() != null) {
            after.add(handover.review().at());
          }
          assertThat(after).allSatisfy(at -> assertThat(at).isAfter(handover.deliveredAt()).isBefore(AS_OF_START));
        }
      }
    }
  }

  @Test
  void a_few_crc_allocations_were_made_before_a_public_interest_registration_dated_earlier_was_entered() {
    List<CaseHistory> late = where(h -> h.lateEntry() != null);
    assertThat(late).isNotEmpty().allSatisfy(h -> {
      DecisionToLoad d = h.allocation().decision();
      LocalDate decidedOn = LondonTime.day(d.decidedAt());
      assertThat(h.lateEntry().registration().registeredOn()).isBefore(decidedOn);
      assertThat(h.policy().provider()).isEqualTo(Provider.CRC);
      // what the records dated on or before the decision give now: the NPS
      GeneratedPerson person = PEOPLE.get(HISTORIES.indexOf(h));
      assertThat(ProviderPolicies.byVersion(d.policyVersion()).decide(CaseFactsOnRecord.facts(person.details().gender(),
          AllocationGenerator.asOn(decidedOn, h.risk()), h.allocation().mandateForChange(),
          h.allocation().sentenceDate())).provider()).isEqualTo(Provider.NPS);
      assertThat(h.handover().registrations()).noneMatch(r -> r.type() == h.lateEntry().registration().type());
      assertThat(h.likelyMisallocation()).isTrue();
    });
  }

  @Test
  void every_generated_record_passes_the_court_and_risk_modules_own_checks() {
    KnownIds screened = new KnownIds(1L, List.of(), 0, null, List.of(), 0, 0, 0);
    for (GeneratedPerson person : PEOPLE.subList(0, 2_000)) {
      CaseHistory h = REGION.caseHistories().history(person, crn(person), screened);
      assertThat(h.risk().registrations()).allSatisfy(r -> assertThat(r.registration().problems(AS_OF)).isEmpty());
      if (h.court() == null) {
        continue;
      }
      var hearing = h.court().hearing();
      assertThat(new NewHearing(hearing.crn(), hearing.court(), hearing.date(), hearing.session(), hearing.courtroom(),
          hearing.charges()).problems()).isEmpty();
      Sentence s = h.court().sentence();
      if (s != null) {
        assertThat(new NewSentence(s.orderType(), s.lengthMonths(), s.sentenceDate(), s.requirements(),
            s.expectedReleaseDate(), s.licenceConditions()).problems(AS_OF)).isEmpty();
      }
      PreSentenceReport report = h.court().report();
      if (report != null) {
        assertThat(report.checks()).filteredOn(PartnerCheck::answered).allSatisfy(c -> assertThat(new CheckResponse(
            c.outcome(), c.details(), c.notObtainedReason(), c.respondedBy()).problems()).isEmpty());
        if (report.completed()) {
          assertThat(report.completion().missing()).isEmpty();
        }
      }
    }
  }

  /** The person's risk without a registration entered after the decision (which the decision could not see). */
  private static org.probatio.risk.RiskToLoad withoutLateEntries(CaseHistory h) {
    return new org.probatio.risk.RiskToLoad(h.risk().crn(), h.risk().screening(),
        h.risk().registrations().stream().filter(r -> r != h.lateEntry()).toList());
  }
}
