package org.probatio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.allocation.AllocationDecision;
import org.probatio.allocation.AllocationToLoad.DecisionToLoad;
import org.probatio.allocation.AllocationToLoad.HandoverToLoad;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.DecisionOutcome;
import org.probatio.allocation.DecisionStatus;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverItem;
import org.probatio.allocation.Handovers;
import org.probatio.allocation.LikelyMisallocation;
import org.probatio.allocation.Misallocations;
import org.probatio.allocation.Proposal;
import org.probatio.allocation.ReviewTask;
import org.probatio.allocation.policy.Provider;
import org.probatio.calendar.WorkingDayCalendar;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.Reports;
import org.probatio.court.Sentence;
import org.probatio.court.Sentences;
import org.probatio.demo.CaseHistory.Outcome;
import org.probatio.people.Lookup;
import org.probatio.people.People;
import org.probatio.people.PeopleBulkLoad;
import org.probatio.risk.RoshAssessments;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workload.PractitionerAllocation;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.WorkloadToLoad;
import org.probatio.workload.WorkloadToLoad.HeldCase;
import org.probatio.workload.WorkloadToLoad.PractitionerToLoad;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small generated region loaded through the bulk loads reads back through the modules' own
 * services as if every step had been taken on screen: reports with their checks, sentences,
 * decisions that replay, handovers with their packages and review tasks, cases waiting at the gate
 * that can be decided, and the cases providers took with their practitioners and authors' reports.
 */
@IntegrationTest
class CaseHistoryLoadIntegrationTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  /** A region of the test organisation's own NPS division, so its court and CRC are on record. */
  static final RegionGenerator REGION = IntStream.range(1, 500)
      .mapToObj(seed -> new RegionGenerator(400, seed, AS_OF))
      .filter(region -> region.courtProviderCode().equals(TestOrganisation.NPS)).findFirst().orElseThrow();

  /** Loaded once for the test JVM: the CRN each person got, by position, and their histories. */
  static List<String> crns;
  static List<CaseHistory> histories;
  static CaseCounts counts;
  /**
   * Each decided person's practitioners and the authors' reports, as loaded. The region's staff codes are
   * the test organisation's (both begin at N01P001), and tests add staff whose codes follow those on
   * record, so what the load gave the region's practitioners and authors is read once and then taken away,
   * lest the test organisation's staff, or staff added later, inherit it on their workload figures.
   */
  static Map<String, List<PractitionerAllocation>> practitionersLoaded;
  static List<Map<String, Object>> reportsLoaded;

  @Autowired ApplicationContext context;
  @Autowired PeopleBulkLoad people;
  @Autowired CaseHistoryLoad load;
  @Autowired Allocations allocations;
  @Autowired Misallocations misallocations;
  @Autowired Handovers handovers;
  @Autowired Reports reports;
  @Autowired Sentences sentences;
  @Autowired RoshAssessments rosh;
  @Autowired WorkingDayCalendar calendar;
  @Autowired PractitionerAllocations practitioners;
  @Autowired People peopleRecords;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void loaded() {
    TestOrganisation.ensureLoaded(context);
    synchronized (CaseHistoryLoadIntegrationTest.class) {
      if (crns == null) {
        List<String> given = new ArrayList<>(Collections.nCopies(REGION.peopleCount(), ""));
        people.load(REGION.people(), "case-history-test", (person, crn) -> given.set(person.index(), crn.value()));
        counts = load.load(REGION, given, DemoRegionLoad.LOADED_BY);
        crns = given;
        histories = REGION.people().map(p -> REGION.caseHistories().history(p, given.get(p.index()), KnownIds.NONE))
            .toList();
        practitionersLoaded = given.stream().collect(Collectors.toMap(crn -> crn,
            crn -> as(TestUser.INSPECTOR, () -> practitioners.practitionersOf(crn))));
        reportsLoaded = jdbc.sql("""
                select w.staff_code, w.type, w.requested_at, w.completed_at, r.author_staff_code, r.type as court_type,
                       r.requested_at as court_requested, r.completed_at as court_completed
                from workload_report w join court_report r on r.id = w.report_id
                where w.crn in (:crns)""").param("crns", given).query().listOfRows();
        jdbc.sql("""
                delete from workload_practitioner_allocation
                where case_id in (select id from workload_case where crn in (:crns))""").param("crns", given).update();
        jdbc.sql("delete from workload_report where crn in (:crns)").param("crns", given).update();
      }
    }
  }

  <T> T as(TestUser user, Supplier<T> work) {
    return TestOrganisation.as(context, user, work);
  }

  List<CaseHistory> where(Outcome outcome) {
    return histories.stream().filter(h -> h.outcome() == outcome).toList();
  }

  @Test
  void every_decision_reads_back_with_its_facts_and_replays_to_the_same_provider_and_rule() {
    List<CaseHistory> decided = where(Outcome.DECIDED);
    assertThat(decided).hasSizeGreaterThan(200);
    for (CaseHistory h : decided) {
      DecisionToLoad generated = h.allocation().decision();
      List<AllocationDecision> stored = as(TestUser.INSPECTOR, () -> allocations.decisions(h.risk().crn())).orElseThrow();
      assertThat(stored).hasSize(1);
      AllocationDecision decision = stored.get(0);
      assertThat(allocations.replays(decision)).as("decision on %s replays", decision.crn()).isTrue();
      assertThat(decision.facts()).isEqualTo(generated.facts());
      assertThat(decision.status()).isEqualTo(DecisionStatus.FINAL);
      assertThat(decision.policyProvider()).isEqualTo(h.policy().provider());
      assertThat(decision.providerCode()).isEqualTo(decision.provider() == Provider.CRC ? TestOrganisation.CRC
          : TestOrganisation.NPS);
      assertThat(decision.decidedAt()).isEqualTo(generated.decidedAt());
      assertThat(decision.factors().get(decision.factors().size() - 1).name()).isEqualTo("Receiving provider");
      assertThat(decision.tier()).isNotBlank();
      assertThat(decision.roshAssessmentId()).isEqualTo(rosh.current(decision.crn()).orElseThrow().id());
    }
  }

  @Test
  void reports_and_sentences_read_back_as_generated_with_their_checks() {
    List<CaseHistory> reported = histories.stream()
        .filter(h -> h.court() != null && h.court().report() != null && h.court().sentence() != null).toList();
    assertThat(reported).hasSizeGreaterThan(200);
    for (CaseHistory h : reported.subList(0, 100)) {
      PreSentenceReport generated = h.court().report();
      PreSentenceReport report = as(TestUser.INSPECTOR, () -> reports.latestReport(h.risk().crn())).orElseThrow();
      assertThat(report.type()).isEqualTo(generated.type());
      assertThat(List.of(report.requestedAt(), report.dueAt())).isEqualTo(List.of(generated.requestedAt(), generated.dueAt()));
      assertThat(report.completedAt()).isEqualTo(generated.completedAt());
      assertThat(report.deliveredOnDay()).isEqualTo(generated.deliveredOnDay());
      assertThat(report.sections()).isEqualTo(generated.sections());
      assertThat(report.authorName()).isEqualTo(generated.authorName());
      assertThat(report.completion().ready()).isEqualTo(generated.completed());
      assertThat(report.checks()).hasSize(2);
      for (int i = 0; i < 2; i++) {
        PartnerCheck check = report.checks().get(i);
        PartnerCheck planned = generated.checks().stream().filter(c -> c.kind() == check.kind()).findFirst().orElseThrow();
        assertThat(List.of(Optional.ofNullable(check.outcome()), Optional.ofNullable(check.respondedAt())))
            .isEqualTo(List.of(Optional.ofNullable(planned.outcome()), Optional.ofNullable(planned.respondedAt())));
        assertThat(check.answeredLate()).isEqualTo(planned.answeredLate());
      }
      Sentence sentence = as(TestUser.INSPECTOR, () -> sentences.latestSentence(h.risk().crn())).orElseThrow();
      Sentence planned = h.court().sentence();
      assertThat(List.of(sentence.orderType(), sentence.lengthMonths(), sentence.sentenceDate(), sentence.requirements()))
          .isEqualTo(List.of(planned.orderType(), planned.lengthMonths(), planned.sentenceDate(), planned.requirements()));
      assertThat(sentence.hearingId()).isEqualTo(report.hearingId());
    }
  }

  @Test
  void a_crc_allocation_is_handed_over_with_its_package_checklist_and_review_task() {
    List<CaseHistory> handedOver = histories.stream().filter(h -> h.handover() != null).toList();
    assertThat(handedOver).hasSizeGreaterThan(100);
    for (CaseHistory h : handedOver.subList(0, 50)) {
      HandoverToLoad generated = h.handover();
      List<Handover> found = as(TestUser.INSPECTOR, () -> handovers.forPerson(h.risk().crn())).orElseThrow();
      assertThat(found).hasSize(1);
      Handover handover = found.get(0);
      assertThat(handover.toProviderCode()).isEqualTo(TestOrganisation.CRC);
      assertThat(handover.fromProviderCode()).isEqualTo(TestOrganisation.NPS);
      assertThat(handover.deliveredAt()).isEqualTo(generated.deliveredAt());
      assertThat(handover.contents().person().crn()).isEqualTo(h.risk().crn());
      assertThat(handover.contents().sentence().sentenceDate()).isEqualTo(h.allocation().sentenceDate());
      assertThat(handover.missing()).isEqualTo(HandoverItem.missing(handover.contents()));
      assertThat(handover.acknowledgement()).isEqualTo(generated.acknowledgement());
      assertThat(handover.firstAppointmentBeforeDelivery()).isEqualTo(h.firstAppointmentBeforeDelivery());
      ReviewTask task = as(TestUser.INSPECTOR, () -> handovers.reviewTaskFor(handover.id())).orElseThrow();
      assertThat(task.dueOn()).isEqualTo(calendar.addWorkingDays(handover.deliveredOn(), ReviewTask.WORKING_DAYS));
      assertThat(task.completed()).isEqualTo(generated.review() != null);
      // the CRC's staff may now see the person handed to it
      assertThat(as(TestUser.CRC_PRACTITIONER, () -> handovers.forPerson(h.risk().crn()))).isPresent();
    }
  }

  @Test
  void a_case_waiting_with_its_gate_open_can_be_allocated_and_one_with_it_shut_cannot() {
    CaseHistory open = where(Outcome.AWAITING_GATE_OPEN).get(0);
    long openCase = caseOf(open);
    Proposal ready = as(TestUser.ALLOCATOR, () -> allocations.propose(openCase)).orElseThrow();
    assertThat(ready).isInstanceOf(Proposal.Ready.class);
    DecisionOutcome outcome = as(TestUser.ALLOCATOR,
        () -> allocations.decide(openCase, 0, null, "case-history-test-" + openCase));
    assertThat(outcome).isInstanceOf(DecisionOutcome.Allocated.class);
    assertThat(allocations.replays(((DecisionOutcome.Allocated) outcome).decision())).isTrue();

    CaseHistory shut = where(Outcome.AWAITING_GATE_SHUT).get(0);
    assertThat(as(TestUser.ALLOCATOR, () -> allocations.propose(caseOf(shut))).orElseThrow())
        .isInstanceOf(Proposal.Blocked.class);
  }

  @Test
  void overrides_and_late_entries_show_as_likely_misallocations() {
    List<String> expected = histories.stream().filter(CaseHistory::likelyMisallocation).map(h -> h.risk().crn()).toList();
    assertThat(expected).isNotEmpty();
    List<String> found = as(TestUser.INSPECTOR, () -> misallocations.between(AS_OF.minusYears(3), AS_OF)).stream()
        .map(LikelyMisallocation::decision).map(AllocationDecision::crn).toList();
    assertThat(found).containsAll(expected);
  }

  @Test
  void every_case_a_final_decision_gave_a_provider_is_held_there_with_its_practitioners_who_are_the_responsible_officers() {
    List<CaseHistory> decided = where(Outcome.DECIDED);
    Map<String, WorkloadToLoad> generated = REGION.people().collect(Collectors.toMap(p -> crns.get(p.index()),
        p -> REGION.caseHistories().workload(p, crns.get(p.index()), KnownIds.NONE)));
    int reallocated = 0;
    for (CaseHistory h : decided) {
      String crn = h.risk().crn();
      HeldCase planned = generated.get(crn).heldCase();
      Map<String, Object> held = jdbc.sql("""
              select c.allocation_case_id, c.decision_id, c.provider_code, c.sentence_id, c.ends_on, c.tier,
                     a.id as case_id, a.decision_id as final_decision, d.provider_code as decided_provider,
                     d.tier as decided_tier, s.sentence_date + make_interval(months => s.length_months) as sentence_ends
              from workload_case c
              join allocation_case a on a.id = c.allocation_case_id
              join allocation_decision d on d.id = a.decision_id
              join court_sentence s on s.id = c.sentence_id
              where c.crn = ?""").param(crn).query().singleRow();
      assertThat(held.get("decision_id")).isEqualTo(held.get("final_decision"));
      assertThat(held.get("provider_code")).isEqualTo(held.get("decided_provider")).isEqualTo(planned.providerCode());
      assertThat(held.get("tier")).isEqualTo(held.get("decided_tier")).isEqualTo(planned.tier());
      assertThat(held.get("sentence_id")).isEqualTo(as(TestUser.INSPECTOR, () -> sentences.latestSentence(crn))
          .orElseThrow().id());
      assertThat(((java.sql.Date) held.get("ends_on")).toLocalDate())
          .isEqualTo(((java.sql.Timestamp) held.get("sentence_ends")).toLocalDateTime().toLocalDate());

      List<PractitionerAllocation> stored = practitionersLoaded.get(crn);
      List<PractitionerToLoad> expected = new ArrayList<>(planned.practitioners());
      Collections.reverse(expected);
      assertThat(stored).extracting(PractitionerAllocation::staffCode)
          .containsExactlyElementsOf(expected.stream().map(PractitionerToLoad::staffCode).toList());
      assertThat(stored).extracting(PractitionerAllocation::allocatedAt)
          .containsExactlyElementsOf(expected.stream().map(PractitionerToLoad::allocatedAt).toList());
      String officer = ((Lookup.Found) as(TestUser.INSPECTOR, () -> peopleRecords.view(crn))).person()
          .responsibleOfficerCode();
      assertThat(officer).isEqualTo(stored.isEmpty() ? null : stored.get(0).staffCode());
      assertThat(stored.stream().filter(PractitionerAllocation::current).count()).isEqualTo(stored.isEmpty() ? 0 : 1);
      reallocated += stored.size() > 1 ? 1 : 0;
    }
    assertThat(reallocated).isPositive();
    // none for the cases still waiting for a decision (unless a test has decided one since)
    List<String> waiting = histories.stream().filter(h -> h.outcome() != Outcome.DECIDED && h.allocation() != null)
        .map(h -> h.risk().crn()).toList();
    assertThat(jdbc.sql("select count(*) from workload_case where crn in (:crns) and provider_allocated_at < :asOf")
        .param("crns", waiting).param("asOf", Timestamp.from(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant()))
        .query(Long.class).single()).isZero();
    assertThat(decided).anyMatch(h -> practitionersLoaded.get(h.risk().crn()).isEmpty());
  }

  @Test
  void every_report_is_on_its_authors_workload_as_the_court_stored_it() {
    List<Map<String, Object>> stored = reportsLoaded;
    long reports = jdbc.sql("select count(*) from court_report where crn in (:crns)").param("crns", crns)
        .query(Long.class).single();

    assertThat(stored).hasSize((int) reports).allSatisfy(row -> {
      assertThat(row.get("staff_code")).isEqualTo(row.get("author_staff_code"));
      assertThat(row.get("type")).isEqualTo(row.get("court_type"));
      assertThat(row.get("requested_at")).isEqualTo(row.get("court_requested"));
      assertThat(row.get("completed_at")).isEqualTo(row.get("court_completed"));
    });
  }

  @Test
  void the_counts_agree_with_the_records_and_each_module_audits_its_load_once() {
    assertThat(counts.decided()).isEqualTo(where(Outcome.DECIDED).size());
    assertThat(counts.awaitingGateOpen()).isEqualTo(where(Outcome.AWAITING_GATE_OPEN).size());
    long decisions = jdbc.sql("select count(*) from allocation_decision where crn in (:crns)")
        .param("crns", crns).query(Long.class).single();
    assertThat(decisions).isGreaterThanOrEqualTo(counts.decided() + counts.awaitingApproval());
    assertThat(counts.heldCases()).isEqualTo(counts.decided());
    for (String module : List.of("risk", "court", "allocation", "workload")) {
      assertThat(jdbc.sql("""
              select count(*) from audit_event
              where subject_type = ? and details ->> 'loadedBy' = ? and details ->> 'bulkLoad' is not null""")
          .params(module, DemoRegionLoad.LOADED_BY).query(Long.class).single()).as(module).isEqualTo(1);
    }
  }

  private long caseOf(CaseHistory h) {
    return jdbc.sql("select id from allocation_case where crn = ?").param(h.risk().crn()).query(Long.class).single();
  }
}
