package org.probatio.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.probatio.allocation.AllocationCase;
import org.probatio.allocation.Allocations;
import org.probatio.allocation.DecisionOutcome;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverOutcome;
import org.probatio.allocation.Handovers;
import org.probatio.allocation.PolicyOverride;
import org.probatio.allocation.policy.Provider;
import org.probatio.court.CheckOutcome;
import org.probatio.court.CheckResponse;
import org.probatio.court.CourtOutcome;
import org.probatio.court.Hearings;
import org.probatio.court.NewHearing;
import org.probatio.court.HearingFixtures;
import org.probatio.court.NewReport;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.PartnerCheck;
import org.probatio.court.PartnerChecks;
import org.probatio.court.ReportType;
import org.probatio.court.Reports;
import org.probatio.court.Sentences;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.AssessmentKind;
import org.probatio.risk.AssessmentStage;
import org.probatio.risk.NewRoshAssessment;
import org.probatio.risk.RoshAssessments;
import org.probatio.risk.RoshLevel;
import org.probatio.risk.RoshLevels;
import org.probatio.security.Role;
import org.probatio.security.Users;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.workforce.DeliveryUnit;
import org.probatio.workforce.Grade;
import org.probatio.workforce.Organisation;
import org.probatio.workforce.ProviderType;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Team;
import org.probatio.workforce.Workforce;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard tests' own provider, so their figures are exact whatever other tests record: an NPS
 * division with two delivery units, a court user and another report author, and five people, built
 * once per test JVM through the services, today:
 * <ul>
 *   <li>A: an oral report by the court user (Lancaster), both checks answered on time, given on the day;
 *       sentenced and allocated at once, after a RoSH screening;
 *   <li>B: an oral report by the Morecambe author, the police answering late and children's services'
 *       answer not obtained, not given on the day; sentenced and allocated at once, the decision then
 *       stripped of its screening as an imported one might be;
 *   <li>C: a fast report still being written, its police check overdue;
 *   <li>D: sentenced ten days ago without a report, allocated today;
 *   <li>A, B and D go to the CRC, whose practitioner records A's first appointment two days after the
 *       handover and D's three days before it;
 *   <li>E: sentenced today without a report, overridden to the NPS against the policy and approved.
 * </ul>
 */
final class DashboardCases {

  static final String PROVIDER = "N91";
  static final String LANCASTER = "N91U1";
  static final String MORECAMBE = "N91U2";
  static final String COURT_USER = "dashboard-court";
  static final String SENIOR_USER = "dashboard-senior";
  static final String ALLOCATOR_USER = "dashboard-allocator";
  static final String MORECAMBE_AUTHOR = "N91C002";

  private static DashboardCases built;

  final String a;
  final String b;
  final String c;
  final String d;
  final String e;

  private final ApplicationContext context;

  static synchronized DashboardCases ensureBuilt(ApplicationContext context) {
    if (built == null) {
      TestOrganisation.ensureLoaded(context);
      loadOrganisation(context);
      built = new DashboardCases(context);
    }
    return built;
  }

  private DashboardCases(ApplicationContext context) {
    this.context = context;
    LocalDate today = HearingFixtures.courtToday();
    a = person(RoshLevel.MEDIUM);
    long reportA = report(a, ReportType.ORAL, null);
    List<PartnerCheck> checksA = checks(reportA);
    answer(checksA.get(0), new CheckResponse(CheckOutcome.NO_CONCERNS, null, null, "DC Jones"));
    answer(checksA.get(1), new CheckResponse(CheckOutcome.CONCERNS_SHARED, "A child protection plan in 2023", null,
        "Duty social worker"));
    complete(reportA, true);
    allocate(sentenced(reportA));

    b = person(RoshLevel.MEDIUM);
    long reportB = report(b, ReportType.ORAL, MORECAMBE_AUTHOR);
    List<PartnerCheck> checksB = checks(reportB);
    jdbc().sql("update court_partner_check set due_at = now() - interval '1 hour' where id = ?")
        .param(checksB.get(0).id()).update();
    answer(checks(reportB).get(0), new CheckResponse(CheckOutcome.NO_CONCERNS, null, null, "DC Jones"));
    answer(checksB.get(1), new CheckResponse(CheckOutcome.NOT_OBTAINED, null, "No reply from the duty desk", null));
    complete(reportB, false);
    long decisionB = allocate(sentenced(reportB));
    jdbc().sql("update allocation_decision set rosh_assessment_id = null where id = ?").param(decisionB).update();

    c = person(RoshLevel.MEDIUM);
    long reportC = report(c, ReportType.FAST, null);
    jdbc().sql("update court_partner_check set due_at = now() - interval '1 hour' where id = ?")
        .param(checks(reportC).get(0).id()).update();

    d = person(RoshLevel.MEDIUM);
    allocate(opened(d, today.minusDays(10)));
    // A and D went to the CRC: A is first seen after the handover arrived, D three days before it
    firstAppointment(a, today.plusDays(2));
    firstAppointment(d, today.minusDays(3));

    e = person(RoshLevel.LOW);
    AllocationCase overridden = opened(e, today);
    DecisionOutcome pending = as(ALLOCATOR_USER, () -> allocations().decide(overridden.id(), overridden.version(),
        new PolicyOverride(Provider.NPS, "The court asked for the NPS"), UUID.randomUUID().toString()));
    long pendingId = ((DecisionOutcome.AwaitingApproval) pending).decision().id();
    assertThat(as(SENIOR_USER, () -> allocations().review(pendingId, true, null)))
        .isInstanceOf(DecisionOutcome.Allocated.class);
  }

  private static void loadOrganisation(ApplicationContext context) {
    Workforce workforce = context.getBean(Workforce.class);
    LocalDate started = LocalDate.of(2016, 9, 1);
    BigDecimal hours = new BigDecimal("37.0");
    workforce.load(new Organisation(
        List.of(new org.probatio.workforce.Provider(PROVIDER, "Dashboard Test Division", ProviderType.NPS_DIVISION)),
        List.of(new DeliveryUnit(LANCASTER, "Lancaster", PROVIDER), new DeliveryUnit(MORECAMBE, "Morecambe", PROVIDER)),
        List.of(new Team("N91T1", "Lancaster Court Team", LANCASTER), new Team("N91T2", "Morecambe Court Team", MORECAMBE)),
        List.of(new StaffMember("N91C001", "Dana", "Court", Grade.COURT_OFFICER, "N91T1", PROVIDER, null, hours, started),
            new StaffMember(MORECAMBE_AUTHOR, "Morgan", "Writer", Grade.COURT_OFFICER, "N91T2", PROVIDER, null, hours, started),
            new StaffMember("N91S001", "Sasha", "Senior", Grade.SPO, "N91T1", PROVIDER, null, hours, started),
            new StaffMember("N91S002", "Alex", "Allocator", Grade.SPO, "N91T1", PROVIDER, null, hours, started))));
    Users users = context.getBean(Users.class);
    users.createOrReset(COURT_USER, "Dana Court", "N91C001", EnumSet.of(Role.COURT), TestOrganisation.PASSWORD);
    users.createOrReset(SENIOR_USER, "Sasha Senior", "N91S001", EnumSet.of(Role.SENIOR_PRACTITIONER),
        TestOrganisation.PASSWORD);
    users.createOrReset(ALLOCATOR_USER, "Alex Allocator", "N91S002", EnumSet.of(Role.ALLOCATOR),
        TestOrganisation.PASSWORD);
  }

  /** A person of the provider's, screened today with this RoSH to the public. */
  private String person(RoshLevel toPublic) {
    String crn = ((CreateOutcome.Created) as(COURT_USER,
        () -> context.getBean(People.class).create(PersonInputs.person(), null, false, null))).crn().value();
    as(COURT_USER, () -> context.getBean(RoshAssessments.class).record(crn, new NewRoshAssessment(AssessmentKind.SCREENING,
        AssessmentStage.COURT_REPORT, new RoshLevels(RoshLevel.LOW, toPublic, RoshLevel.LOW, RoshLevel.LOW, null, null, null,
        null, null), LocalDate.now(), null)));
    return crn;
  }

  private long report(String crn, ReportType type, String author) {
    long hearing = recorded(as(COURT_USER, () -> context.getBean(Hearings.class).add(HearingFixtures.hearing(crn))));
    return recorded(as(COURT_USER, () -> context.getBean(Reports.class).start(hearing, new NewReport(type, null, author))));
  }

  private List<PartnerCheck> checks(long report) {
    return as(COURT_USER, () -> context.getBean(PartnerChecks.class).checks(report));
  }

  private void answer(PartnerCheck check, CheckResponse response) {
    recorded(as(COURT_USER, () -> context.getBean(PartnerChecks.class).respond(check.id(), response, check.version())));
  }

  private void complete(long report, boolean onTheDay) {
    Reports reports = context.getBean(Reports.class);
    recorded(as(COURT_USER, () -> reports.saveSections(report, HearingFixtures.WRITTEN, 0)));
    recorded(as(COURT_USER, () -> reports.complete(report, onTheDay, 1)));
  }

  /** Sentences the report's hearing today and waits for allocation to open the case. */
  private AllocationCase sentenced(long report) {
    long hearing = as(COURT_USER, () -> context.getBean(Reports.class).report(report)).orElseThrow().hearingId();
    return sentenced(hearing, HearingFixtures.courtToday());
  }

  /** A case opened from a sentence passed on the day of a hearing without a report. */
  private AllocationCase opened(String crn, LocalDate sentencedOn) {
    NewHearing listed = HearingFixtures.hearing(crn);
    long hearing = recorded(as(COURT_USER, () -> context.getBean(Hearings.class).add(new NewHearing(crn, listed.court(),
        sentencedOn, listed.session(), listed.courtroom(), listed.charges()))));
    return sentenced(hearing, sentencedOn);
  }

  private AllocationCase sentenced(long hearing, LocalDate on) {
    long sentence = recorded(as(COURT_USER, () -> context.getBean(Sentences.class).record(hearing, new NewSentence(
        OrderType.SUSPENDED_SENTENCE_ORDER, 12, on, List.of(), null, List.of()))));
    return await().atMost(Duration.ofSeconds(15)).until(() -> as(ALLOCATOR_USER, () -> allocations().awaiting()).stream()
        .filter(x -> x.sentenceId() == sentence).findFirst().orElse(null), java.util.Objects::nonNull);
  }

  private long allocate(AllocationCase c) {
    DecisionOutcome outcome = as(ALLOCATOR_USER,
        () -> allocations().decide(c.id(), c.version(), null, UUID.randomUUID().toString()));
    assertThat(outcome).isInstanceOf(DecisionOutcome.Allocated.class);
    return ((DecisionOutcome.Allocated) outcome).decision().id();
  }

  /** Waits for the case's handover to reach the CRC, whose practitioner records the first appointment. */
  private void firstAppointment(String crn, LocalDate on) {
    Handovers handovers = context.getBean(Handovers.class);
    String crcPractitioner = TestOrganisation.TestUser.CRC_PRACTITIONER.username;
    Handover handover = await().atMost(Duration.ofSeconds(15)).until(() -> as(crcPractitioner,
        () -> handovers.forPerson(crn)).orElse(List.of()).stream().findFirst().orElse(null), java.util.Objects::nonNull);
    assertThat(as(crcPractitioner, () -> handovers.recordFirstAppointment(handover.id(), on, handover.version())))
        .isInstanceOf(HandoverOutcome.Done.class);
  }

  private Allocations allocations() {
    return context.getBean(Allocations.class);
  }

  private JdbcClient jdbc() {
    return context.getBean(JdbcClient.class);
  }

  private <T> T as(String username, Supplier<T> work) {
    return TestOrganisation.as(context, username, work);
  }

  private static long recorded(CourtOutcome outcome) {
    assertThat(outcome).isInstanceOf(CourtOutcome.Recorded.class);
    return ((CourtOutcome.Recorded) outcome).id();
  }
}
