package org.probatio.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.audit.AuditEvent;
import org.probatio.audit.AuditTrail;
import org.probatio.court.HearingFixtures;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The court-to-allocation figures for the dashboard tests' own provider ({@link DashboardCases}), exact
 * because no other test records anything there: the period, the provider and the delivery unit each
 * decide what is counted, and each figure's list shows its cases, audited.
 */
@IntegrationTest
class DashboardIntegrationTest {

  static final String PAGE = "/insights/court-to-allocation";

  @Autowired ApplicationContext context;
  @Autowired CourtToAllocation dashboard;
  @Autowired AuditTrail audit;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;

  DashboardCases cases;
  LocalDate today;

  @BeforeEach
  void theProvidersCases() {
    cases = DashboardCases.ensureBuilt(context);
    today = HearingFixtures.courtToday();
  }

  DashboardFilter fourWeeks(@Nullable String provider, @Nullable String unit) {
    return new DashboardFilter(today.minusDays(27), today, provider, unit);
  }

  Map<Measure, Figure> figures(String username, DashboardFilter filter) {
    return TestOrganisation.as(context, username, () -> dashboard.figures(filter)).stream()
        .collect(Collectors.toMap(Figure::measure, Function.identity()));
  }

  static void counts(Map<Measure, Figure> figures, Measure measure, long count, long of) {
    assertThat(figures.get(measure)).as(measure.title())
        .satisfies(f -> assertThat(List.of(f.count(), f.of())).containsExactly(count, of));
  }

  @Test
  void each_figure_counts_the_providers_reports_checks_and_allocations_in_the_period() {
    Map<Measure, Figure> figures = figures(DashboardCases.SENIOR_USER, fourWeeks(DashboardCases.PROVIDER, null));

    counts(figures, Measure.REPORTS_ON_THE_DAY, 1, 2);
    counts(figures, Measure.CHECKS_ON_TIME, 2, 5);
    counts(figures, Measure.SCREENED_BEFORE_ALLOCATION, 3, 4);
    counts(figures, Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY, 3, 4);
    counts(figures, Measure.HANDOVERS_BEFORE_FIRST_APPOINTMENT, 1, 2);
    counts(figures, Measure.LIKELY_MISALLOCATIONS, 1, 4);
    assertThat(figures.get(Measure.REPORTS_ON_THE_DAY).percent()).isEqualTo(50);
    assertThat(figures.get(Measure.CHECKS_ON_TIME).percent()).isEqualTo(40);
    assertThat(figures.get(Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY).weeks())
        .as("four weeks ending today, everything in the last")
        .extracting(Figure.Week::beginning, Figure.Week::count, Figure.Week::of)
        .containsExactly(tuple(today.minusDays(27), 0L, 0L),
            tuple(today.minusDays(20), 0L, 0L),
            tuple(today.minusDays(13), 0L, 0L),
            tuple(today.minusDays(6), 3L, 4L));
  }

  @Test
  void all_providers_the_user_works_for_are_the_providers_own() {
    assertThat(figures(DashboardCases.SENIOR_USER, fourWeeks(null, null)))
        .isEqualTo(figures(DashboardCases.SENIOR_USER, fourWeeks(DashboardCases.PROVIDER, null)));
  }

  @Test
  void a_delivery_unit_counts_the_reports_its_staff_wrote_their_checks_and_the_cases_sentenced_on_them() {
    Map<Measure, Figure> lancaster = figures(DashboardCases.SENIOR_USER,
        fourWeeks(DashboardCases.PROVIDER, DashboardCases.LANCASTER));
    counts(lancaster, Measure.REPORTS_ON_THE_DAY, 1, 1);
    counts(lancaster, Measure.CHECKS_ON_TIME, 2, 3);
    counts(lancaster, Measure.SCREENED_BEFORE_ALLOCATION, 1, 1);
    counts(lancaster, Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY, 1, 1);
    counts(lancaster, Measure.LIKELY_MISALLOCATIONS, 0, 1);

    Map<Measure, Figure> morecambe = figures(DashboardCases.SENIOR_USER, fourWeeks(null, DashboardCases.MORECAMBE));
    counts(morecambe, Measure.REPORTS_ON_THE_DAY, 0, 1);
    counts(morecambe, Measure.CHECKS_ON_TIME, 0, 2);
    counts(morecambe, Measure.SCREENED_BEFORE_ALLOCATION, 0, 1);
    counts(morecambe, Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY, 1, 1);
  }

  @Test
  void a_period_before_the_cases_counts_nothing() {
    Map<Measure, Figure> lastYear = figures(DashboardCases.SENIOR_USER,
        new DashboardFilter(today.minusYears(1), today.minusYears(1).plusDays(27), DashboardCases.PROVIDER, null));

    Arrays.stream(Measure.values()).forEach(measure -> counts(lastYear, measure, 0, 0));
    assertThat(lastYear.get(Measure.REPORTS_ON_THE_DAY).percent()).isNull();
  }

  @Test
  void a_provider_the_user_does_not_work_for_counts_nothing_but_national_users_see_every_provider() {
    DashboardFilter theirs = fourWeeks(DashboardCases.PROVIDER, null);
    Arrays.stream(Measure.values()).forEach(measure ->
        counts(figures(TestUser.SENIOR.username, theirs), measure, 0, 0));

    Map<Measure, Figure> inspected = figures(TestUser.INSPECTOR.username, theirs);
    counts(inspected, Measure.REPORTS_ON_THE_DAY, 1, 2);
    counts(inspected, Measure.LIKELY_MISALLOCATIONS, 1, 4);
  }

  @Test
  void the_list_behind_each_figure_shows_its_cases_with_the_detail_that_decided_them_and_is_audited() {
    DashboardFilter filter = fourWeeks(DashboardCases.PROVIDER, null);

    CaseList reports = cases(Measure.REPORTS_ON_THE_DAY, filter);
    assertThat(reports.rows()).extracting(r -> r.person().crn(), r -> last(r.cells()))
        .containsExactly(tuple(cases.a, "Yes"), tuple(cases.b, "No"));
    assertThat(reports.rows().get(0).link()).isEqualTo("/people/" + cases.a + "/court");

    CaseList checks = cases(Measure.CHECKS_ON_TIME, filter);
    assertThat(checks.rows()).hasSize(5);
    assertThat(checks.rows()).filteredOn(r -> r.person().crn().equals(cases.b)).extracting(r -> r.cells().get(4))
        .containsExactlyInAnyOrder("No concerns", "Could not be obtained");
    assertThat(checks.rows()).filteredOn(r -> r.person().crn().equals(cases.c)).singleElement()
        .satisfies(r -> assertThat(r.cells()).contains("Not answered", "No"));

    assertThat(cases(Measure.SCREENED_BEFORE_ALLOCATION, filter).rows())
        .filteredOn(r -> r.cells().get(3).equals("No"))
        .extracting(r -> r.person().crn()).containsExactly(cases.b);
    assertThat(cases(Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY, filter).rows())
        .filteredOn(r -> last(r.cells()).equals("No")).extracting(r -> r.person().crn()).containsExactly(cases.d);
    assertThat(cases(Measure.HANDOVERS_BEFORE_FIRST_APPOINTMENT, filter).rows())
        .extracting(r -> r.person().crn(), r -> last(r.cells()))
        .containsExactlyInAnyOrder(tuple(cases.a, "Yes"), tuple(cases.d, "No"));
    assertThat(cases(Measure.LIKELY_MISALLOCATIONS, filter).rows()).singleElement()
        .satisfies(r -> assertThat(r.person().crn()).isEqualTo(cases.e))
        .satisfies(r -> assertThat(r.cells()).anyMatch(cell -> cell.contains("The court asked for the NPS")));

    assertThat(audit.history("person", cases.a, 50)).extracting(AuditEvent::details)
        .anyMatch(details -> "dashboard: reports completed".equals(details.get("court")))
        .anyMatch(details -> "dashboard: allocations".equals(details.get("allocation")))
        .anyMatch(details -> "dashboard: handovers".equals(details.get("allocation")));
    assertThat(audit.history("person", cases.e, 50)).extracting(AuditEvent::details)
        .anyMatch(details -> "dashboard: likely misallocations".equals(details.get("allocation")));
  }

  @Test
  void the_page_shows_each_figure_with_a_link_to_its_cases_and_keeps_the_filter() throws Exception {
    String page = page(PAGE + "?" + query(today.minusDays(27), today) + "&provider=N91&deliveryUnit=");

    assertThat(page).contains("50%", "of reports delivered on the day (1 of 2)", "40%", "of checks returned on time (2 of 5)",
        "75%", "of allocations within one working day (3 of 4)", "likely misallocation (of 4 allocations)",
        "See the 2 reports", PAGE + "/reports-on-the-day?fromDay=" + today.minusDays(27).getDayOfMonth(),
        PAGE + "/checks-on-time/chart.svg?fromDay=", "Dashboard Test Division");
    assertThat(page).doesNotContain("govuk-error-summary");
  }

  @Test
  void a_bad_period_is_named_field_by_field_and_the_typed_values_are_kept() throws Exception {
    String unreal = page(PAGE + "?fromDay=31&fromMonth=2&fromYear=2026&toDay=&toMonth=&toYear=");
    assertThat(unreal).contains("govuk-error-summary", "Start date must be a real date", "href=\"#from-day\"",
        "Enter the end date", "href=\"#to-day\"", "value=\"31\"").doesNotContain("probatio-figure");

    LocalDate end = today.minusDays(1);
    assertThat(page(PAGE + "?" + query(end.plusDays(1), end))).contains("The start date must be the same as or before the end date");
    assertThat(page(PAGE + "?" + query(end.minusYears(2).minusDays(1), end))).contains("The period can be at most 2 years");
    assertThat(page(PAGE + "?" + query(today, today.plusDays(1)))).contains("The end date must be today or in the past");
    assertThat(page(PAGE + "?" + query(end, end) + "&provider=N01")).as("a provider the user does not work for")
        .contains("Select a provider from the list");
    assertThat(page(PAGE + "?" + query(end, end) + "&provider=C01&deliveryUnit=N01U1"))
        .as("a national user choosing another provider's delivery unit")
        .contains("Select a delivery unit of the chosen provider, or all delivery units");
  }

  @Test
  void a_figures_chart_is_svg_under_its_own_policy_and_its_cases_download_as_csv() throws Exception {
    String query = query(today.minusDays(27), today) + "&provider=N91";
    var chart = mvc.perform(as(get(PAGE + "/checks-on-time/chart.svg?" + query))).andReturn().getResponse();
    assertThat(chart.getContentType()).startsWith("image/svg+xml");
    assertThat(chart.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
    assertThat(chart.getContentAsString()).contains("<svg", "Week beginning");

    var csv = mvc.perform(as(get(PAGE + "/reports-on-the-day/cases.csv?" + query))).andReturn().getResponse();
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "reports-on-the-day-" + today.minusDays(27));
    assertThat(List.of(csv.getContentAsString().split("\r\n"))).hasSize(3)
        .first().isEqualTo("CRN,Completed,Report,Hearing,Written by,Delivered on the day");
    assertThat(csv.getContentAsString()).contains(cases.a + ",", "\"Preston Magistrates' Court, ");

    assertThat(mvc.perform(as(get(PAGE + "/likely-misallocations/chart.svg?" + query))).andReturn().getResponse()
        .getStatus()).as("a count is not drawn").isEqualTo(404);
    assertThat(mvc.perform(as(get(PAGE + "/no-such-figure?" + query))).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(as(get(PAGE + "/reports-on-the-day?fromDay=99"))).andReturn().getResponse().getRedirectedUrl())
        .as("a list with a bad period goes back to the dashboard to say what is wrong").startsWith(PAGE + "?fromDay=99");
  }

  CaseList cases(Measure measure, DashboardFilter filter) {
    return TestOrganisation.as(context, DashboardCases.SENIOR_USER, () -> dashboard.cases(measure, filter));
  }

  String page(String url) throws Exception {
    String username = url.contains("provider=C01") ? TestUser.ADMIN.username : DashboardCases.SENIOR_USER;
    return mvc.perform(get(url).with(user(userDetails.loadUserByUsername(username)))).andReturn().getResponse()
        .getContentAsString();
  }

  MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    return request.with(user(userDetails.loadUserByUsername(DashboardCases.SENIOR_USER)));
  }

  static String query(LocalDate from, LocalDate to) {
    return "fromDay=" + from.getDayOfMonth() + "&fromMonth=" + from.getMonthValue() + "&fromYear=" + from.getYear()
        + "&toDay=" + to.getDayOfMonth() + "&toMonth=" + to.getMonthValue() + "&toYear=" + to.getYear();
  }

  static String last(List<String> cells) {
    return cells.get(cells.size() - 1);
  }
}
