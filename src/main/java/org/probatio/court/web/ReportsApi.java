package org.probatio.court.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.court.CheckResponse;
import org.probatio.court.CourtOutcome;
import org.probatio.court.NewReport;
import org.probatio.court.PartnerChecks;
import org.probatio.court.PreSentenceReport;
import org.probatio.court.ReportSections;
import org.probatio.court.ReportType;
import org.probatio.court.Reports;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.web.ApiProblems;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Court: reports and checks", description = "Pre-sentence reports, their partner checks, and late checks")
class ReportsApi {

  record ReportRequest(@Nullable ReportType type, @Nullable LocalDate dueOn, @Nullable String authorStaffCode) {}

  record CompletionRequest(@Nullable Boolean deliveredOnDay) {}

  /** A report, and what it still lacks before it can be completed. */
  record ReportResource(PreSentenceReport report, boolean readyToComplete, List<Map<String, String>> missing) {}

  private final Reports reports;
  private final PartnerChecks checks;
  private final Workforce workforce;
  private final CurrentUser currentUser;

  ReportsApi(Reports reports, PartnerChecks checks, Workforce workforce, CurrentUser currentUser) {
    this.reports = reports;
    this.checks = checks;
    this.workforce = workforce;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/v1/court/hearings/{id}/report")
  @Operation(summary = "Start the hearing's pre-sentence report, which requests the police and children's services checks. "
      + "A hearing has one report: starting it again answers with the first")
  ResponseEntity<?> start(@PathVariable long id, @RequestBody ReportRequest request) {
    return CourtResponses.created(reports.start(id, new NewReport(request.type(), request.dueOn(), request.authorStaffCode())),
        "/api/v1/court/reports/", "hearing " + id);
  }

  @GetMapping("/api/v1/court/reports/{id}")
  @Operation(summary = "A report with its checks and what it still lacks; the ETag is its version, for If-Match")
  ResponseEntity<?> report(@PathVariable long id) {
    return reports.report(id).<ResponseEntity<?>>map(r -> ResponseEntity.ok().eTag(CourtResponses.etag(r.version()))
            .body(new ReportResource(r, r.completion().ready(), CourtResponses.fields(r.completion().missing()))))
        .orElseGet(() -> CourtResponses.notFound("report " + id));
  }

  @PutMapping("/api/v1/court/reports/{id}/sections")
  @Operation(summary = "Replace the report's six sections. Requires If-Match with the report's version")
  ResponseEntity<?> sections(@PathVariable long id, @RequestBody ReportSections sections,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return CourtResponses.ifMatched(ifMatch, "report",
        version -> CourtResponses.changed(reports.saveSections(id, sections, version), version + 1, "report " + id));
  }

  @PostMapping("/api/v1/court/reports/{id}/completion")
  @Operation(summary = "Complete the report. Requires If-Match with the report's version. Refused with 409, naming each "
      + "missing section and check, until nothing required is missing")
  ResponseEntity<?> complete(@PathVariable long id, @RequestBody CompletionRequest request,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return CourtResponses.ifMatched(ifMatch, "report",
        version -> completed(id, reports.complete(id, request.deliveredOnDay(), version), version));
  }

  @PostMapping("/api/v1/court/checks/{id}/response")
  @Operation(summary = "Record a partner agency's answer to a check, or why none could be obtained. Requires If-Match "
      + "with the check's version")
  ResponseEntity<?> respond(@PathVariable long id, @RequestBody CheckResponse response,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    return CourtResponses.ifMatched(ifMatch, "check",
        version -> CourtResponses.changed(checks.respond(id, response, version), version + 1, "check " + id));
  }

  @GetMapping("/api/v1/court/late-checks")
  @Operation(summary = "Late checks on the reports of the caller's team, oldest first; each is escalated the first time it is listed")
  List<?> late() {
    List<String> team = currentUser.signedIn().map(SignedInUser::staffCode).flatMap(workforce::staffMember)
        .map(me -> workforce.teamMembers(me.teamCode()).stream().map(StaffMember::code).toList()).orElse(List.of());
    return checks.escalate(team);
  }

  /** 409 naming everything still missing; otherwise as any change. */
  private static ResponseEntity<?> completed(long id, CourtOutcome outcome, int version) {
    if (outcome instanceof CourtOutcome.Invalid invalid && invalid.errors().stream().anyMatch(e -> !e.field().equals("deliveredOnDay"))) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
          "The report cannot be completed yet: see errors for each section and check still missing");
      problem.setTitle("Report not ready");
      problem.setProperty("errors", CourtResponses.fields(invalid.errors()));
      return ApiProblems.respond(problem);
    }
    if (outcome instanceof CourtOutcome.Recorded recorded && recorded.repeated()) {
      return ResponseEntity.ok(new CourtResponses.Saved(id));
    }
    return CourtResponses.changed(outcome, version + 1, "report " + id);
  }
}
