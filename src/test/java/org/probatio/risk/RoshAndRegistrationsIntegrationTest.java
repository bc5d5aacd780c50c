package org.probatio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.people.CreateOutcome;
import org.probatio.people.FieldError;
import org.probatio.people.People;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class RoshAndRegistrationsIntegrationTest {

  static final LocalDate TODAY = LocalDate.now();
  static final RoshLevels MEDIUM_TO_PUBLIC = new RoshLevels(RoshLevel.LOW, RoshLevel.MEDIUM, RoshLevel.LOW,
      RoshLevel.LOW, null, null, null, null, null);
  static final RoshLevels HIGH_TO_KNOWN_ADULT = new RoshLevels(RoshLevel.LOW, RoshLevel.MEDIUM, RoshLevel.HIGH,
      RoshLevel.LOW, RoshLevel.LOW, RoshLevel.LOW, RoshLevel.MEDIUM, RoshLevel.LOW, RoshLevel.LOW);

  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired RoshAssessments rosh;
  @Autowired Registrations registrations;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  String crn;

  @BeforeEach
  void aPerson() {
    TestOrganisation.ensureLoaded(context);
    crn = ((CreateOutcome.Created) as(context, TestUser.PRACTITIONER,
        () -> people.create(PersonInputs.person(), null, false, null))).crn().value();
  }

  List<Registration> active(String crn) {
    return registrations.all(crn).stream().filter(Registration::active).toList();
  }

  long record(NewRoshAssessment assessment) {
    RecordOutcome outcome = as(context, TestUser.PRACTITIONER, () -> rosh.record(crn, assessment));
    assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
    return ((RecordOutcome.Recorded) outcome).id();
  }

  @Test
  void a_full_analysis_supersedes_the_screening_and_both_stay_in_the_history() {
    long screening = record(new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT,
        MEDIUM_TO_PUBLIC, TODAY, null));
    long full = record(new NewRoshAssessment(AssessmentKind.FULL_ANALYSIS, AssessmentStage.POST_SENTENCE,
        HIGH_TO_KNOWN_ADULT, TODAY, screening));

    RoshAssessment current = rosh.current(crn).orElseThrow();
    assertThat(current.id()).isEqualTo(full);
    assertThat(current.supersedesId()).isEqualTo(screening);
    assertThat(current.levels().overall()).isEqualTo(RoshLevel.HIGH);
    List<RoshAssessment> history = rosh.history(crn);
    assertThat(history).extracting(RoshAssessment::id).containsExactly(full, screening);
    assertThat(history).extracting(RoshAssessment::current).containsExactly(true, false);
    assertThat(events.stream(RoshChanged.class)).containsExactly(
        new RoshChanged(crn, screening, null, RoshLevel.MEDIUM),
        new RoshChanged(crn, full, RoshLevel.MEDIUM, RoshLevel.HIGH));
  }

  @Test
  void recording_over_an_assessment_the_user_did_not_see_is_refused() {
    long first = record(new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT,
        MEDIUM_TO_PUBLIC, TODAY, null));
    RecordOutcome blind = as(context, TestUser.SENIOR, () -> rosh.record(crn,
        new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.REVIEW, MEDIUM_TO_PUBLIC, TODAY, null)));
    assertThat(blind).isInstanceOf(RecordOutcome.Stale.class);
    assertThat(rosh.current(crn).orElseThrow().id()).isEqualTo(first);
  }

  @Test
  void two_first_assessments_recorded_at_once_leave_exactly_one_current() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<RecordOutcome> screening = () -> as(context, TestUser.PRACTITIONER, () -> rosh.record(crn,
          new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT, MEDIUM_TO_PUBLIC, TODAY, null)));
      List<RecordOutcome> outcomes = new java.util.ArrayList<>();
      for (Future<RecordOutcome> f : pool.invokeAll(List.of(screening, screening))) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).filteredOn(o -> o instanceof RecordOutcome.Recorded).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o instanceof RecordOutcome.Stale).hasSize(1);
      assertThat(jdbc.sql("select count(*) from risk_rosh_assessment where crn = ? and current").param(crn)
          .query(Long.class).single()).isOne();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void partial_custody_levels_and_future_dates_are_refused() {
    RoshLevels partial = new RoshLevels(RoshLevel.LOW, RoshLevel.LOW, RoshLevel.LOW, RoshLevel.LOW,
        RoshLevel.HIGH, null, null, null, null);
    RecordOutcome outcome = as(context, TestUser.PRACTITIONER, () -> rosh.record(crn,
        new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT, partial, TODAY.plusDays(1), null)));
    assertThat(((RecordOutcome.Invalid) outcome).errors()).extracting(FieldError::field)
        .containsExactly("completedOn", "custody");
  }

  @Test
  void staff_of_another_provider_cannot_assess_the_person() {
    RecordOutcome outcome = as(context, TestUser.CRC_PRACTITIONER, () -> rosh.record(crn,
        new NewRoshAssessment(AssessmentKind.SCREENING, AssessmentStage.COURT_REPORT, MEDIUM_TO_PUBLIC, TODAY, null)));
    assertThat(outcome).isInstanceOf(RecordOutcome.NotFound.class);
    assertThat(rosh.current(crn)).isEmpty();
  }

  @Test
  void a_registration_is_added_reviewed_and_removed_and_each_change_is_audited() {
    RecordOutcome added = as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.ADVP, RegistrationLevel.HIGH, TODAY.minusMonths(4), null, null, null,
            "Partner's report to police")));
    long id = ((RecordOutcome.Recorded) added).id();
    Registration registration = active(crn).get(0);
    assertThat(registration.level()).isEqualTo(RegistrationLevel.HIGH);
    assertThat(registration.nextReviewOn()).isEqualTo(TODAY.minusMonths(4).plusMonths(3));
    assertThat(registration.reviewOverdue(TODAY)).isTrue();
    assertThat(as(context, TestUser.PRACTITIONER, () -> registrations.overdueFor(List.of(TestUser.PRACTITIONER.staffCode))))
        .as("not yet this officer's case").extracting(o -> o.registration().id()).doesNotContain(id);

    RecordOutcome reviewed = as(context, TestUser.PRACTITIONER, () -> registrations.review(crn, id, TODAY, "Still needed", 0));
    assertThat(reviewed).isInstanceOf(RecordOutcome.Recorded.class);
    assertThat(active(crn).get(0).nextReviewOn()).isEqualTo(TODAY.plusMonths(3));

    RecordOutcome staleRemoval = as(context, TestUser.SENIOR, () -> registrations.remove(crn, id, TODAY, "No longer", 0));
    assertThat(staleRemoval).isInstanceOf(RecordOutcome.Stale.class);
    RecordOutcome removed = as(context, TestUser.SENIOR, () -> registrations.remove(crn, id, TODAY, "Relationship ended", 1));
    assertThat(removed).isInstanceOf(RecordOutcome.Recorded.class);
    assertThat(active(crn)).isEmpty();

    assertThat(events.stream(RegistrationChanged.class)).extracting(RegistrationChanged::change)
        .containsExactly(RegistrationChanged.Change.ADDED, RegistrationChanged.Change.REVIEWED,
            RegistrationChanged.Change.REMOVED);
    List<AuditEvent> trail = audit.history("person", crn, 20);
    assertThat(trail).filteredOn(e -> e.details().containsKey("registration"))
        .extracting(e -> e.details().get("change")).contains("ADDED", "REVIEWED", "REMOVED");
  }

  @Test
  void a_person_has_one_active_registration_of_each_type_and_mappa_needs_its_category_and_level() {
    as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.WEAP, null, TODAY, null, null, null, null)));
    RecordOutcome twice = as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.WEAP, null, TODAY, null, null, null, null)));
    RecordOutcome mappa = as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.MAPP, RegistrationLevel.HIGH, TODAY, null, 4, 30, null)));

    assertThat(((RecordOutcome.Invalid) twice).errors()).extracting(FieldError::field).containsExactly("type");
    assertThat(((RecordOutcome.Invalid) mappa).errors()).extracting(FieldError::field)
        .containsExactly("mappaCategory", "mappaLevel", "level", "reviewEveryMonths");
  }

  @Test
  void overdue_reviews_are_listed_for_the_responsible_officer() {
    jdbc.sql("update people_person set responsible_officer_code = ? where crn = ?")
        .params(TestUser.PRACTITIONER.staffCode, crn).update();
    long overdue = ((RecordOutcome.Recorded) as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.RCCO, null, TODAY.minusMonths(7), null, null, null, null)))).id();
    long notDue = ((RecordOutcome.Recorded) as(context, TestUser.PRACTITIONER, () -> registrations.add(crn,
        new NewRegistration(RegisterType.AV2S, null, TODAY.minusMonths(1), null, null, null, null)))).id();

    List<OverdueReview> list = as(context, TestUser.PRACTITIONER,
        () -> registrations.overdueFor(List.of(TestUser.PRACTITIONER.staffCode, TestUser.SENIOR.staffCode)));

    assertThat(list).extracting(o -> o.registration().id()).contains(overdue).doesNotContain(notDue);
    assertThat(list).filteredOn(o -> o.registration().id() == overdue).extracting(o -> o.person().crn()).containsExactly(crn);
  }
}
