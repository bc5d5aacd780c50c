package org.probatio.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditTrail;
import org.probatio.people.FieldError;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CourtHearingsAndSentencesIntegrationTest {

  static final LocalDate TODAY = HearingFixtures.courtToday();
  static final NewSentence COMMUNITY_ORDER = new NewSentence(OrderType.COMMUNITY_ORDER, 18, TODAY,
      List.of(new Requirement(RequirementType.UNPAID_WORK, 120, null),
          new Requirement(RequirementType.REHABILITATION_ACTIVITY, 20, null),
          new Requirement(RequirementType.ACCREDITED_PROGRAMME, 26, "Building Better Relationships")),
      null, List.of());

  @Autowired ApplicationContext context;
  @Autowired Hearings hearings;
  @Autowired Sentences sentences;
  @Autowired CourtRecords records;
  @Autowired SentenceRecordedListener allocation;
  @Autowired ApplicationEvents events;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;

  HearingFixtures fixtures;
  String crn;

  @BeforeEach
  void aPerson() {
    fixtures = new HearingFixtures(context);
    crn = fixtures.person();
  }

  @Test
  void a_hearing_is_listed_with_its_charges_by_the_court_teams_provider_and_listing_it_again_finds_it() {
    long id = fixtures.listed(crn);
    NewHearing sameAgain = new NewHearing(crn, "PRESTON MAGISTRATES' COURT", TODAY, CourtSession.MORNING, "5",
        List.of(new Charge("04600", "Theft from a shop")));

    assertThat(as(context, TestUser.COURT, () -> hearings.add(sameAgain))).isEqualTo(new CourtOutcome.Recorded(id, true));
    Hearing hearing = as(context, TestUser.COURT, () -> hearings.hearing(id)).orElseThrow();
    assertThat(hearing.courtroom()).isEqualTo("3");
    assertThat(hearing.courtProviderCode()).isEqualTo(TestOrganisation.NPS);
    assertThat(hearing.charges()).containsExactly(new Charge("04600", "Theft from a shop"));
    assertThat(as(context, TestUser.COURT, () -> hearings.listedOn(TODAY)))
        .filteredOn(l -> l.hearing().id() == id).singleElement()
        .satisfies(l -> assertThat(l.person().crn()).isEqualTo(crn));
  }

  @Test
  void a_hearing_is_only_for_a_person_the_user_may_see_and_names_each_bad_field() {
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> hearings.add(HearingFixtures.hearing(crn))))
        .isInstanceOf(CourtOutcome.NotFound.class);
    CourtOutcome bad = as(context, TestUser.COURT, () -> hearings.add(new NewHearing(crn, "", TODAY, null, "3",
        List.of(new Charge("4600", "Theft")))));
    assertThat(((CourtOutcome.Invalid) bad).errors()).extracting(FieldError::field)
        .containsExactly("court", "session", "charges[0].offenceCode");
    long id = fixtures.listed(crn);
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> hearings.hearing(id))).isEmpty();
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> hearings.listedOn(TODAY)))
        .noneMatch(l -> l.hearing().id() == id);
  }

  @Test
  void recording_a_sentence_announces_it_through_the_outbox_once_and_it_reads_back_whole() throws Exception {
    long hearing = fixtures.listed(crn);
    Instant before = Instant.now().minusSeconds(1);
    long id = HearingFixtures.recorded(as(context, TestUser.COURT, () -> sentences.record(hearing, COMMUNITY_ORDER)));
    assertThat(as(context, TestUser.COURT, () -> sentences.record(hearing, COMMUNITY_ORDER)))
        .isEqualTo(new CourtOutcome.Recorded(id, true));

    List<SentenceRecorded> published = events.stream(SentenceRecorded.class).filter(e -> e.sentenceId() == id).toList();
    assertThat(published).singleElement().satisfies(e -> {
      assertThat(e.crn()).isEqualTo(crn);
      assertThat(e.orderType()).isEqualTo(OrderType.COMMUNITY_ORDER);
      assertThat(e.sentenceDate()).isEqualTo(TODAY);
      assertThat(e.courtProviderCode()).isEqualTo(TestOrganisation.NPS);
      assertThat(e.recordedAt()).isAfter(before);
    });
    // one publication for each listener: allocation's, and this test's stand-in
    assertThat(jdbc.sql("""
            select count(*) from event_publication
            where event_type = ? and serialized_event like ? and listener_id like '%SentenceRecordedListener%'""")
        .params(SentenceRecorded.class.getName(), "%\"sentenceId\":" + id + ",%").query(Long.class).single()).isOne();
    Instant waitUntil = Instant.now().plus(Duration.ofSeconds(10));
    while (allocation.received().stream().noneMatch(e -> e.sentenceId() == id) && Instant.now().isBefore(waitUntil)) {
      Thread.sleep(50);
    }
    assertThat(allocation.received()).filteredOn(e -> e.sentenceId() == id).containsExactlyElementsOf(published);

    Sentence sentence = as(context, TestUser.ALLOCATOR, () -> sentences.latestSentence(crn)).orElseThrow();
    assertThat(sentence.id()).isEqualTo(id);
    assertThat(sentence.lengthMonths()).isEqualTo(18);
    assertThat(sentence.requirements()).isEqualTo(COMMUNITY_ORDER.requirements());
    assertThat(as(context, TestUser.ALLOCATOR, () -> sentences.sentence(id))).contains(sentence);
    // allocation's own read of the new sentence is audited as the system's, at a moment of its own
    assertThat(audit.history("person", crn, 50)).filteredOn(e -> e.details().containsKey("court"))
        .filteredOn(e -> !e.username().equals("system"))
        .extracting(e -> e.action() + " " + e.details().get("court") + " by " + e.username())
        .containsExactly("VIEW sentence by allocator", "VIEW sentence by allocator", "CREATE sentence by court",
            "CREATE hearing by court");
  }

  @Test
  void custody_keeps_its_release_date_and_licence_conditions_and_the_court_record_holds_everything() {
    long hearing = fixtures.listed(crn);
    long report = fixtures.started(hearing, ReportType.ORAL);
    NewSentence custody = new NewSentence(OrderType.CUSTODY_WITH_LICENCE, 24, TODAY, List.of(), TODAY.plusMonths(12),
        List.of("Live at the approved address", "No contact with the victim"));
    long id = HearingFixtures.recorded(as(context, TestUser.COURT, () -> sentences.record(hearing, custody)));

    CourtRecord record = as(context, TestUser.INSPECTOR, () -> records.of(crn)).orElseThrow();
    assertThat(record.hearings()).extracting(Hearing::id).containsExactly(hearing);
    assertThat(record.reportFor(hearing)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(report));
    assertThat(record.sentenceFor(hearing)).hasValueSatisfying(s -> {
      assertThat(s.id()).isEqualTo(id);
      assertThat(s.expectedReleaseDate()).isEqualTo(TODAY.plusMonths(12));
      assertThat(s.licenceConditions()).containsExactly("Live at the approved address", "No contact with the victim");
    });
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> records.of(crn))).isEmpty();
    assertThat(as(context, TestUser.CRC_PRACTITIONER, () -> sentences.sentence(id))).isEmpty();
  }

  @Test
  void a_sentence_cannot_predate_its_hearing_and_nothing_is_announced_when_it_is_refused() {
    long hearing = fixtures.listed(crn);
    NewSentence early = new NewSentence(OrderType.SUSPENDED_SENTENCE_ORDER, 12, TODAY.minusDays(1), List.of(), null, List.of());
    CourtOutcome refused = as(context, TestUser.COURT, () -> sentences.record(hearing, early));
    assertThat(((CourtOutcome.Invalid) refused).errors()).extracting(FieldError::field).containsExactly("sentenceDate");
    assertThat(events.stream(SentenceRecorded.class)).noneMatch(e -> e.crn().equals(crn));
  }
}
