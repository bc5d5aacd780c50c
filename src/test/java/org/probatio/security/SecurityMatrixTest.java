package org.probatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.time.LocalDate;
import org.probatio.allocation.AllocationFixtures;
import org.probatio.allocation.Handover;
import org.probatio.allocation.HandoverFixtures;
import org.probatio.calendar.BankHolidayChanges;
import org.probatio.calendar.rules.HolidayChange;
import org.probatio.court.CourtOutcome;
import org.probatio.court.HearingFixtures;
import org.probatio.court.NewSentence;
import org.probatio.court.OrderType;
import org.probatio.court.PartnerChecks;
import org.probatio.court.ReportType;
import org.probatio.court.Sentences;
import org.probatio.people.CreateOutcome;
import org.probatio.people.People;
import org.probatio.risk.NewRegistration;
import org.probatio.risk.PersonScores;
import org.probatio.risk.PersonScoresIntegrationTest;
import org.probatio.risk.RecordOutcome;
import org.probatio.risk.RegisterType;
import org.probatio.risk.Registrations;
import org.probatio.support.IntegrationTest;
import org.probatio.support.PersonInputs;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.probatio.workload.NewConfiguration;
import org.probatio.workload.WorkloadConfigurations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every page and endpoint, for every role and for nobody signed in: allowed or denied as the
 * access policy says. The expectations are written out here, not read from the production rules.
 */
@IntegrationTest
class SecurityMatrixTest {

  static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  static final Set<Role> EDITORS =
      EnumSet.of(Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.COURT, Role.ALLOCATOR, Role.ADMIN);
  static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
  static final Set<Role> ASSESSORS = EnumSet.of(Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.COURT);
  static final Set<Role> SENIORS = EnumSet.of(Role.SENIOR_PRACTITIONER);
  static final Set<Role> DASHBOARD_READERS =
      EnumSet.of(Role.SENIOR_PRACTITIONER, Role.COURT, Role.ALLOCATOR, Role.INSPECTOR, Role.ADMIN);
  static final String DASHBOARD = "/insights/court-to-allocation";
  static final Set<Role> COURT = EnumSet.of(Role.COURT);
  static final Set<Role> COURT_READERS = EnumSet.of(Role.COURT, Role.PRACTITIONER, Role.SENIOR_PRACTITIONER,
      Role.ALLOCATOR, Role.INSPECTOR, Role.ADMIN);
  static final Set<Role> ALLOCATORS = EnumSet.of(Role.ALLOCATOR, Role.SENIOR_PRACTITIONER);
  static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
  static final Set<Role> HANDOVER_RECEIVERS = EnumSet.of(Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR);
  static final Set<Role> HANDOVER_READERS = EnumSet.of(Role.PRACTITIONER, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR,
      Role.INSPECTOR, Role.ADMIN);
  static final Set<Role> REVIEWERS = EnumSet.of(Role.PRACTITIONER, Role.SENIOR_PRACTITIONER);
  static final Set<Role> STAFF_READERS = EnumSet.of(Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR);
  static final Set<Role> REDUCERS = EnumSet.of(Role.ADMIN, Role.SENIOR_PRACTITIONER);
  static final Set<Role> WORKLOAD_CONFIGURATION_READERS =
      EnumSet.of(Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR);
  static final String WORKLOAD_CONFIGURATION = "/admin/workload-configuration";
  /** A practitioner may ask for their own workload (anyone else's is not found); the staff readers for their provider's. */
  static final Set<Role> WORKLOAD_API_READERS =
      EnumSet.of(Role.PRACTITIONER, Role.ADMIN, Role.SENIOR_PRACTITIONER, Role.ALLOCATOR, Role.INSPECTOR);
  static final String CASELOAD = "/insights/caseload";
  static final Set<Role> PRACTITIONER_ALLOCATION_READERS = EnumSet.of(Role.SENIOR_PRACTITIONER, Role.ALLOCATOR);

  record Endpoint(HttpMethod method, String path, Set<Role> allowed, String body) {
    boolean api() {
      return path.startsWith("/api/");
    }
  }

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired UserDetailsService userDetails;

  @Autowired Registrations registrations;

  @Autowired PersonScores scores;

  @Autowired BankHolidayChanges bankHolidayChanges;
  @Autowired PartnerChecks checks;
  @Autowired Sentences sentences;
  @Autowired WorkloadConfigurations workloadConfigurations;

  String crn;
  long registration;
  long calculation;
  long bankHolidayChange;
  long hearing;
  long report;
  long check;
  long sentence;
  long allocationCase;
  long allocationDecision;
  long handover;
  String handoverCrn;
  long reviewTask;
  String staffTeam;
  String staffCode;
  long reduction;
  long workloadVersion;
  long providerCase;
  long practitionerAllocation;

  @BeforeEach
  void aPerson() {
    TestOrganisation.ensureLoaded(context);
    if (crn == null) {
      CreateOutcome created = TestOrganisation.as(context, TestUser.PRACTITIONER,
          () -> people.create(PersonInputs.person(), null, false, null));
      crn = ((CreateOutcome.Created) created).crn().value();
      registration = ((RecordOutcome.Recorded) TestOrganisation.as(context, TestUser.PRACTITIONER,
          () -> registrations.add(crn, new NewRegistration(RegisterType.WEAP, null, LocalDate.now(), null, null, null, null))))
          .id();
      calculation = ((PersonScores.Outcome.Calculated) TestOrganisation.as(context, TestUser.PRACTITIONER,
          () -> scores.calculate(crn, PersonScoresIntegrationTest.answers()))).calculation().id();
      // a year no other test uses; the administrator's own POST below withdraws it
      bankHolidayChange = ((BankHolidayChanges.Outcome.Done) TestOrganisation.as(context, TestUser.ADMIN,
          () -> bankHolidayChanges.make(new HolidayChange.Added(LocalDate.of(2098, 6, 10), "Security test day", "Test"))))
          .id();
      HearingFixtures court = new HearingFixtures(context);
      hearing = court.listed(crn);
      report = court.started(hearing, ReportType.ORAL);
      check = TestOrganisation.as(context, TestUser.COURT, () -> checks.checks(report)).get(0).id();
      sentence = ((CourtOutcome.Recorded) TestOrganisation.as(context, TestUser.COURT, () -> sentences.record(hearing,
          new NewSentence(OrderType.SUSPENDED_SENTENCE_ORDER, 12, HearingFixtures.courtToday(), List.of(), null, List.of()))))
          .id();
      AllocationFixtures allocation = new AllocationFixtures(context);
      allocation.screened(crn, org.probatio.risk.RoshLevel.LOW);
      allocationCase = allocation.sentenced(crn).id();
      allocationDecision = allocation.allocated(allocation.sentenced(crn)).id();
      HandoverFixtures handovers = new HandoverFixtures(context);
      Handover handedToCrc = handovers.handedToCrc();
      handover = handedToCrc.id();
      handoverCrn = handedToCrc.crn();
      reviewTask = handovers.reviewTask(handover).id();
      // a team and member of staff of their own, so the requests below change nobody another test counts
      org.probatio.workforce.StaffFixtures staff = new org.probatio.workforce.StaffFixtures(context);
      staffTeam = staff.team();
      staffCode = staff.member(staffTeam, "37");
      reduction = org.probatio.workforce.StaffFixtures.saved(staff.asAdmin(() -> context.getBean(
          org.probatio.workforce.Reductions.class).add(staffCode, org.probatio.workforce.StaffFixtures.reduction(
              org.probatio.workforce.ReductionKind.HOURS, "2", LocalDate.now(), null), null)));
      // a date no other test uses; the administrator's own POST below withdraws it
      workloadVersion = ((WorkloadConfigurations.Outcome.Made) TestOrganisation.as(context, TestUser.ADMIN,
          () -> workloadConfigurations.make(NewConfiguration.from(workloadConfigurations.inForceToday(),
              LocalDate.of(2099, 6, 1), "Security test")))).version().id();
      // the decided case as its provider (the CRC) holds it, given to the CRC's practitioner by system work
      providerCase = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
          context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
              .sql("select id from workload_case where decision_id = ?").param(allocationDecision).query(Long.class)
              .optional().orElse(null), java.util.Objects::nonNull);
      practitionerAllocation = ((org.probatio.workload.PractitionerOutcome.Allocated) context.getBean(
          org.probatio.workload.PractitionerAllocations.class).allocate(providerCase,
              new org.probatio.workload.PractitionerChoice(TestUser.CRC_PRACTITIONER.staffCode, "Security test", false,
                  null, null, null, null, null, "security-matrix-" + crn))).allocation().id();
    }
  }

  List<Endpoint> endpoints() {
    return List.of(
        new Endpoint(HttpMethod.GET, "/", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/people?q=tester", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn, EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/people/new", EDITORS, ""),
        new Endpoint(HttpMethod.POST, "/people", EDITORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/edit", EDITORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn, EDITORS, ""),
        new Endpoint(HttpMethod.GET, "/admin/people/" + crn + "/audit", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/people/" + crn + "/access", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/people/" + crn + "/access", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/people/" + crn + "/access/lift", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/rosh/new", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/rosh", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/registrations/new", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/registrations", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/registrations/" + registration + "/review", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/registrations/" + registration + "/review", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/registrations/" + registration + "/remove", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/registrations/" + registration + "/remove", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/needs/new", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/needs", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/plan", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/plan", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/scores/" + calculation, EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/risk/scores/new", ASSESSORS, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/risk/scores", ASSESSORS, ""),
        new Endpoint(HttpMethod.GET, "/team/overdue-registrations", SENIORS, ""),
        new Endpoint(HttpMethod.GET, "/admin/bank-holidays", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/bank-holidays?year=2098", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/bank-holidays", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/bank-holidays/changes/" + bankHolidayChange + "/withdraw", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/bank-holidays/changes/" + bankHolidayChange + "/withdraw", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/account/api-tokens", EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/account/api-tokens", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/v3/api-docs", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/swagger-ui.html", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/some/page/nobody/named", NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people?q=tester", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn, EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/people", EDITORS, "{}"),
        new Endpoint(HttpMethod.PUT, "/api/v1/people/" + crn, EDITORS, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/audit", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/risk", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/risk-scores", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/risk-scores/" + calculation, EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/people/" + crn + "/risk-scores", ASSESSORS, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/risk-scores", EVERYONE, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/bank-holidays?year=2098", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/bank-holidays", EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/bank-holidays", NOBODY, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/people/" + crn + "/rosh-assessments", ASSESSORS, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/people/" + crn + "/registrations", ASSESSORS, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/people/" + crn + "/registrations/" + registration + "/reviews", ASSESSORS, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/people/" + crn + "/registrations/" + registration + "/removal", ASSESSORS, "{}"),
        new Endpoint(HttpMethod.GET, "/court", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/hearings/new?q=tester", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/hearings/new?crn=" + crn, COURT, ""),
        new Endpoint(HttpMethod.POST, "/court/hearings", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/hearings/" + hearing, COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/hearings/" + hearing + "/report/new", COURT, ""),
        new Endpoint(HttpMethod.POST, "/court/hearings/" + hearing + "/report", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/hearings/" + hearing + "/sentence/new", COURT, ""),
        new Endpoint(HttpMethod.POST, "/court/hearings/" + hearing + "/sentence", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/reports/" + report, COURT, ""),
        new Endpoint(HttpMethod.POST, "/court/reports/" + report + "/sections", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/reports/" + report + "/checks/" + check, COURT, ""),
        new Endpoint(HttpMethod.POST, "/court/reports/" + report + "/checks/" + check, COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/reports/" + report + "/complete", COURT, ""),
        new Endpoint(HttpMethod.POST, "/court/reports/" + report + "/complete", COURT, ""),
        new Endpoint(HttpMethod.GET, "/court/late-checks", SENIORS, ""),
        new Endpoint(HttpMethod.GET, DASHBOARD, DASHBOARD_READERS, ""),
        new Endpoint(HttpMethod.GET, DASHBOARD + "?" + fourWeeks(), DASHBOARD_READERS, ""),
        new Endpoint(HttpMethod.GET, DASHBOARD + "/reports-on-the-day?" + fourWeeks(), DASHBOARD_READERS, ""),
        new Endpoint(HttpMethod.GET, DASHBOARD + "/likely-misallocations?" + fourWeeks(), DASHBOARD_READERS, ""),
        new Endpoint(HttpMethod.GET, DASHBOARD + "/checks-on-time/chart.svg?" + fourWeeks(), DASHBOARD_READERS, ""),
        new Endpoint(HttpMethod.GET, DASHBOARD + "/allocated-within-one-working-day/cases.csv?" + fourWeeks(),
            DASHBOARD_READERS, ""),
        new Endpoint(HttpMethod.POST, DASHBOARD, NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/court", COURT_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/court", COURT_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/court/hearings", COURT, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/court/hearings/" + hearing, COURT_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/court/hearings/" + hearing + "/report", COURT, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/court/reports/" + report, COURT_READERS, ""),
        new Endpoint(HttpMethod.PUT, "/api/v1/court/reports/" + report + "/sections", COURT, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/court/reports/" + report + "/completion", COURT, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/court/checks/" + check + "/response", COURT, "{}"),
        new Endpoint(HttpMethod.POST, "/api/v1/court/hearings/" + hearing + "/sentence", COURT, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/court/sentences/" + sentence, COURT_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/court/late-checks", SENIORS, ""),
        new Endpoint(HttpMethod.GET, "/allocations", ALLOCATORS, ""),
        new Endpoint(HttpMethod.GET, "/allocations/approvals", SENIORS, ""),
        new Endpoint(HttpMethod.GET, "/allocations/" + allocationCase, ALLOCATORS, ""),
        new Endpoint(HttpMethod.POST, "/allocations/" + allocationCase, ALLOCATORS, ""),
        new Endpoint(HttpMethod.GET, "/allocations/decisions/" + allocationDecision, EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/allocations/decisions/" + allocationDecision + "/review", SENIORS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/allocations", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/allocation-cases", ALLOCATORS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/allocation-cases/" + allocationCase, ALLOCATORS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/allocation-cases/" + allocationCase + "/decisions", ALLOCATORS, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/allocation-decisions/" + allocationDecision, EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/allocation-decisions/" + allocationDecision + "/review", SENIORS, "{}"),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/allocations", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + crn + "/tier", EVERYONE, ""),
        new Endpoint(HttpMethod.DELETE, "/api/v1/allocation-decisions/" + allocationDecision, NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/handovers", HANDOVER_RECEIVERS, ""),
        new Endpoint(HttpMethod.GET, "/handovers/" + handover, HANDOVER_READERS, ""),
        new Endpoint(HttpMethod.POST, "/handovers/" + handover + "/acknowledgement", HANDOVER_RECEIVERS, ""),
        new Endpoint(HttpMethod.POST, "/handovers/" + handover + "/first-appointment", HANDOVER_RECEIVERS, ""),
        new Endpoint(HttpMethod.GET, "/handovers/review-tasks", REVIEWERS, ""),
        new Endpoint(HttpMethod.GET, "/handovers/review-tasks/" + reviewTask + "/complete", REVIEWERS, ""),
        new Endpoint(HttpMethod.POST, "/handovers/review-tasks/" + reviewTask + "/complete", REVIEWERS, ""),
        new Endpoint(HttpMethod.GET, "/people/" + handoverCrn + "/handovers", HANDOVER_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/handovers", HANDOVER_RECEIVERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/handovers/" + handover, HANDOVER_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/handovers/" + handover + "/acknowledgement", HANDOVER_RECEIVERS, "{}"),
        new Endpoint(HttpMethod.PUT, "/api/v1/handovers/" + handover + "/first-appointment", HANDOVER_RECEIVERS,
            "{\"date\": \"2026-01-01\"}"),
        new Endpoint(HttpMethod.GET, "/api/v1/people/" + handoverCrn + "/handovers", HANDOVER_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/handovers/review-tasks", REVIEWERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/handovers/review-tasks/" + reviewTask + "/completion", REVIEWERS, "{}"),
        new Endpoint(HttpMethod.DELETE, "/api/v1/handovers/" + handover, NOBODY, ""),
        new Endpoint(HttpMethod.DELETE, "/api/v1/court/hearings/" + hearing, NOBODY, ""),
        new Endpoint(HttpMethod.DELETE, "/api/v1/people/" + crn, NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/something-unlisted", NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff?team=" + staffTeam + "&name=fixture&leavers=yes&page=2", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode, STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/new", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode + "/edit", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff/" + staffCode, ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode + "/leave", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff/" + staffCode + "/leave", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode + "/reductions/new?preset=TRAINEE_OFFICER", REDUCERS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff/" + staffCode + "/reductions", REDUCERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode + "/reductions/" + reduction + "/edit", REDUCERS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff/" + staffCode + "/reductions/" + reduction, REDUCERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode + "/reductions/" + reduction + "/end", REDUCERS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff/" + staffCode + "/reductions/" + reduction + "/end", REDUCERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/staff/" + staffCode + "/reductions/" + reduction + "/remove", REDUCERS, ""),
        new Endpoint(HttpMethod.POST, "/admin/staff/" + staffCode + "/reductions/" + reduction + "/remove", REDUCERS, ""),
        new Endpoint(HttpMethod.GET, "/admin/teams", STAFF_READERS, ""),
        new Endpoint(HttpMethod.POST, "/admin/teams", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/admin/teams/" + staffTeam + "/rename", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/admin/teams/" + staffTeam + "/rename", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/staff?team=" + staffTeam, STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/staff?provider=N01&page=1&size=10", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/staff/" + staffCode, STAFF_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/staff", ADMINS, "{}"),
        new Endpoint(HttpMethod.PUT, "/api/v1/staff/" + staffCode, ADMINS, "{}"),
        new Endpoint(HttpMethod.DELETE, "/api/v1/staff/" + staffCode, NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/staff/" + staffCode + "/reductions", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/staff/" + staffCode + "/reductions/" + reduction, STAFF_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/staff/" + staffCode + "/reductions", REDUCERS, "{}"),
        new Endpoint(HttpMethod.PUT, "/api/v1/staff/" + staffCode + "/reductions/" + reduction, REDUCERS, "{}"),
        new Endpoint(HttpMethod.DELETE, "/api/v1/staff/" + staffCode + "/reductions/" + reduction, REDUCERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/teams", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/teams?provider=C01", STAFF_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/teams", ADMINS, "{}"),
        new Endpoint(HttpMethod.PUT, "/api/v1/teams/" + staffTeam, ADMINS, "{}"),
        new Endpoint(HttpMethod.DELETE, "/api/v1/teams/" + staffTeam, NOBODY, ""),
        new Endpoint(HttpMethod.GET, WORKLOAD_CONFIGURATION, WORKLOAD_CONFIGURATION_READERS, ""),
        new Endpoint(HttpMethod.GET, WORKLOAD_CONFIGURATION + "/versions/" + workloadVersion,
            WORKLOAD_CONFIGURATION_READERS, ""),
        new Endpoint(HttpMethod.GET, WORKLOAD_CONFIGURATION + "/new", ADMINS, ""),
        new Endpoint(HttpMethod.POST, WORKLOAD_CONFIGURATION + "/new", ADMINS, ""),
        new Endpoint(HttpMethod.POST, WORKLOAD_CONFIGURATION + "/check", ADMINS, ""),
        new Endpoint(HttpMethod.POST, WORKLOAD_CONFIGURATION, ADMINS, ""),
        new Endpoint(HttpMethod.GET, WORKLOAD_CONFIGURATION + "/versions/" + workloadVersion + "/withdraw", ADMINS, ""),
        new Endpoint(HttpMethod.POST, WORKLOAD_CONFIGURATION + "/versions/" + workloadVersion + "/withdraw", ADMINS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/workload-configuration", WORKLOAD_CONFIGURATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/workload-configuration?on=2099-06-01", WORKLOAD_CONFIGURATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/workload-configuration/versions", WORKLOAD_CONFIGURATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/workload-configuration/versions/" + workloadVersion,
            WORKLOAD_CONFIGURATION_READERS, ""),
        new Endpoint(HttpMethod.POST, "/api/v1/workload-configuration/versions", NOBODY, "{}"),
        new Endpoint(HttpMethod.DELETE, "/api/v1/workload-configuration/versions/" + workloadVersion, NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/workload", EVERYONE, ""),
        new Endpoint(HttpMethod.GET, "/workload/" + staffCode, STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/staff/" + staffCode + "/workload", WORKLOAD_API_READERS, ""),
        new Endpoint(HttpMethod.GET, "/api/v1/teams/" + staffTeam + "/workload", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, CASELOAD, STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, CASELOAD + "?provider=N01&team=" + staffTeam, STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, CASELOAD + "/overrides?provider=N01", STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, CASELOAD + "/trend.svg?team=" + staffTeam, STAFF_READERS, ""),
        new Endpoint(HttpMethod.GET, CASELOAD + "/grade-mix.csv", STAFF_READERS, ""),
        new Endpoint(HttpMethod.POST, CASELOAD, NOBODY, ""),
        // the tests run with demo mode off: administrators find no mail viewer (404), the others are refused
        new Endpoint(HttpMethod.GET, "/demo/mail", ADMINS, ""),
        new Endpoint(HttpMethod.POST, "/demo/mail", NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/practitioner-allocations", PRACTITIONER_ALLOCATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/practitioner-allocations?tier=B&order=COMMUNITY_ORDER&waiting=3",
            PRACTITIONER_ALLOCATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/practitioner-allocations/cases/" + providerCase, PRACTITIONER_ALLOCATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/practitioner-allocations/cases/" + providerCase + "?team=N01T1",
            PRACTITIONER_ALLOCATION_READERS, ""),
        new Endpoint(HttpMethod.GET, "/practitioner-allocations/cases/" + providerCase + "/reallocate", SENIORS, ""),
        new Endpoint(HttpMethod.POST, "/practitioner-allocations/cases/" + providerCase, SENIORS, ""),
        new Endpoint(HttpMethod.GET, "/practitioner-allocations/allocations/" + practitionerAllocation,
            PRACTITIONER_ALLOCATION_READERS, ""),
        new Endpoint(HttpMethod.POST, "/practitioner-allocations/allocations/" + practitionerAllocation, NOBODY, ""),
        new Endpoint(HttpMethod.GET, "/people/" + crn + "/practitioners", EVERYONE, ""),
        new Endpoint(HttpMethod.POST, "/people/" + crn + "/practitioners", NOBODY, ""));
  }

  /** The court-to-allocation dashboard's filter for the four weeks ending today. */
  static String fourWeeks() {
    LocalDate to = HearingFixtures.courtToday();
    LocalDate from = to.minusDays(27);
    return "fromDay=" + from.getDayOfMonth() + "&fromMonth=" + from.getMonthValue() + "&fromYear=" + from.getYear()
        + "&toDay=" + to.getDayOfMonth() + "&toMonth=" + to.getMonthValue() + "&toYear=" + to.getYear();
  }

  @TestFactory
  Stream<DynamicTest> each_role_is_allowed_or_denied_each_endpoint_as_the_policy_says() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (TestUser user : List.of(TestUser.PRACTITIONER, TestUser.SENIOR, TestUser.COURT, TestUser.ALLOCATOR,
          TestUser.VLO, TestUser.INSPECTOR, TestUser.ADMIN)) {
        boolean allowed = endpoint.allowed().contains(user.role);
        tests.add(DynamicTest.dynamicTest(
            user.role + (allowed ? " may " : " may not ") + endpoint.method() + " " + endpoint.path(),
            () -> {
              int status = mvc.perform(request(endpoint, user)).andReturn().getResponse().getStatus();
              if (allowed) {
                assertThat(status).as("status").isNotIn(401, 403).isLessThan(500);
              } else {
                assertThat(status).as("status").isEqualTo(403);
              }
            }));
      }
      tests.add(DynamicTest.dynamicTest("nobody signed in may not " + endpoint.method() + " " + endpoint.path(), () -> {
        var response = mvc.perform(request(endpoint, null)).andReturn().getResponse();
        if (endpoint.api()) {
          assertThat(response.getStatus()).isEqualTo(401);
          assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        } else if (endpoint.method() == HttpMethod.GET) {
          assertThat(response.getStatus()).isEqualTo(302);
          assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        } else {
          assertThat(response.getStatus()).isIn(302, 403);
        }
      }));
    }
    return tests.stream();
  }

  MockHttpServletRequestBuilder request(Endpoint endpoint, TestUser who) {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
    if (endpoint.api()) {
      request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body()).header("If-Match", "\"999\"");
      if (who != null) {
        request.header("Authorization", "Bearer " + TestOrganisation.token(who));
      }
    } else {
      request.with(csrf());
      if (who != null) {
        request.with(user(userDetails.loadUserByUsername(who.username)));
      }
    }
    return request;
  }
}
