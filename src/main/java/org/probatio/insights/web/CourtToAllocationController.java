package org.probatio.insights.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.probatio.insights.CaseList;
import org.probatio.insights.Choices;
import org.probatio.insights.CourtToAllocation;
import org.probatio.insights.DashboardFilter;
import org.probatio.insights.Figure;
import org.probatio.insights.Measure;
import org.probatio.web.Dates;
import org.probatio.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The court-to-allocation dashboard: its figures for a period, provider and delivery unit, each
 * figure's weekly chart, and the cases behind each figure as a page and as CSV.
 */
@Controller
class CourtToAllocationController {

  static final String PATH = "/insights/court-to-allocation";

  private final CourtToAllocation dashboard;
  private final Clock clock;

  CourtToAllocationController(CourtToAllocation dashboard, Clock clock) {
    this.dashboard = dashboard;
    this.clock = clock;
  }

  @GetMapping(PATH)
  String figures(DashboardForm form, Model model) {
    LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
    DashboardForm typed = form.empty() ? DashboardForm.of(DashboardForm.defaults(today)) : form;
    Choices choices = dashboard.choices();
    FormErrors errors = FormErrors.none();
    DashboardFilter filter = typed.read(today, choices, errors);
    model.addAttribute("form", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("choices", choices);
    model.addAttribute("query", typed.query());
    model.addAttribute("figures", filter == null ? null : dashboard.figures(filter));
    model.addAttribute("description", filter == null ? null : description(filter, choices));
    return "insights/court-to-allocation";
  }

  @GetMapping(PATH + "/{figure}")
  String cases(@PathVariable String figure, DashboardForm form, Model model) {
    Measure measure = measure(figure);
    Choices choices = dashboard.choices();
    DashboardFilter filter = form.read(today(), choices, FormErrors.none());
    if (filter == null) {
      return "redirect:" + PATH + form.query();
    }
    model.addAttribute("figure", dashboard.figure(measure, filter));
    model.addAttribute("cases", dashboard.cases(measure, filter));
    model.addAttribute("query", form.query());
    model.addAttribute("description", description(filter, choices));
    return "insights/court-to-allocation-cases";
  }

  @GetMapping(PATH + "/{figure}/chart.svg")
  ResponseEntity<String> chart(@PathVariable String figure, DashboardForm form) {
    Measure measure = measure(figure);
    if (!measure.percentage()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Figure drawn = dashboard.figure(measure, valid(form));
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("image/svg+xml"))
        // shown only as an image, which runs no script: the drawing's inline styles are all it needs
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .body(TrendChart.svg(drawn));
  }

  @GetMapping(PATH + "/{figure}/cases.csv")
  ResponseEntity<String> csv(@PathVariable String figure, DashboardForm form) {
    Measure measure = measure(figure);
    DashboardFilter filter = valid(form);
    CaseList cases = dashboard.cases(measure, filter);
    String name = measure.slug() + "-" + filter.from() + "-to-" + filter.to() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(CasesCsv.of(cases));
  }

  private DashboardFilter valid(DashboardForm form) {
    DashboardFilter filter = form.read(today(), dashboard.choices(), FormErrors.none());
    if (filter == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period, provider or delivery unit is not valid");
    }
    return filter;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Dates.LONDON));
  }

  private static Measure measure(String slug) {
    return Measure.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** "From 3 May 2026 to 30 May 2026, at NPS Test Division, in the Preston delivery unit." */
  static String description(DashboardFilter filter, Choices choices) {
    String where = filter.providerCode() == null ? "every provider you work for"
        : choices.providerName(filter.providerCode());
    @Nullable String unit = filter.deliveryUnitCode() == null ? null
        : choices.deliveryUnit(filter.deliveryUnitCode()).map(u -> u.name()).orElse(filter.deliveryUnitCode());
    return "From " + Dates.inWords(filter.from()) + " to " + Dates.inWords(filter.to()) + ", at " + where
        + (unit == null ? "" : ", reports written in the " + unit + " delivery unit");
  }
}
