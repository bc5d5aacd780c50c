package org.probatio.workload.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.web.ApiProblems;
import org.probatio.web.Dates;
import org.probatio.workload.WorkloadConfiguration;
import org.probatio.workload.WorkloadConfigurationVersion;
import org.probatio.workload.WorkloadConfigurations;
import org.probatio.workload.rules.CaseType;
import org.probatio.workload.rules.PointsTable;
import org.probatio.workload.rules.ReportKind;
import org.probatio.workload.rules.TierPoints;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Workload configuration", description = "The effective-dated points tables, targets, default hours and grade "
    + "rules that workload is measured with")
class WorkloadConfigurationApi {

  record VersionResource(long id, LocalDate effectiveFrom, String status, String note, Instant madeAt, String madeBy,
      @Nullable Instant withdrawnAt, @Nullable String withdrawnBy) {

    static VersionResource of(WorkloadConfigurationVersion version) {
      return new VersionResource(version.id(), version.effectiveFrom(), version.status().name(), version.note(),
          version.madeAt(), version.madeBy(), version.withdrawnAt(), version.withdrawnBy());
    }
  }

  /** A row of the points table: "A3" to "D0", or "S" for any tier in an unsupervised period. */
  record TierRow(String tier, int community, int licence, int custody) {}

  record GradeRulesResource(Set<String> restrictedGrades, List<String> criteria, Set<String> registerCodes) {}

  record ConfigurationResource(VersionResource version, List<TierRow> casePoints, Map<String, Integer> reportPoints,
      String oralReportsCountAs, int nominalTarget, Map<String, BigDecimal> defaultHours, GradeRulesResource gradeRules) {

    static ConfigurationResource of(WorkloadConfiguration config) {
      PointsTable points = config.points();
      List<TierRow> rows = new ArrayList<>();
      for (String row : TierPoints.ROWS) {
        rows.add(new TierRow(row, points.cases().points(row, CaseType.COMMUNITY), points.cases().points(row, CaseType.LICENCE),
            points.cases().points(row, CaseType.CUSTODY)));
      }
      Map<String, Integer> reports = new LinkedHashMap<>();
      points.reports().forEach((kind, value) -> reports.put(kind.name(), value));
      return new ConfigurationResource(VersionResource.of(config.version()), rows, reports, ReportKind.ORAL.countsAs().name(),
          points.nominalTarget(), points.defaultHours(), new GradeRulesResource(config.gradeRules().restrictedGrades(),
          config.gradeRules().criteria().stream().map(Enum::name).toList(), config.gradeRules().registerCodes()));
    }
  }

  private final WorkloadConfigurations configurations;
  private final Clock clock;

  WorkloadConfigurationApi(WorkloadConfigurations configurations, Clock clock) {
    this.configurations = configurations;
    this.clock = clock;
  }

  @GetMapping("/api/v1/workload-configuration")
  @Operation(summary = "The workload configuration in force on a day: points by tier (A3 to D0, and S for any tier in an "
      + "unsupervised period) and case type, report points (oral reports count as fast), the nominal target, default "
      + "contracted hours by grade, and the grade rules, with the version's id, effective date, status, maker and note")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConfigurationResource.class)))
  @ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> inForce(@Parameter(description = "The day, as YYYY-MM-DD; today when left out")
      @RequestParam(required = false) @Nullable String on) {
    LocalDate day;
    try {
      day = on == null || on.isBlank() ? LocalDate.now(clock) : LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      return ApiProblems.respond(ApiProblems.invalid(List.of(ApiProblems.fieldError("on",
          "on must be a date as YYYY-MM-DD, like 2026-06-01"))));
    }
    return configurations.inForceOn(day).<ResponseEntity<?>>map(config -> ResponseEntity.ok(ConfigurationResource.of(config)))
        .orElseGet(() -> ApiProblems.status(HttpStatus.NOT_FOUND, "Not found",
            "No workload configuration was in force on " + Dates.inWords(day)));
  }

  @GetMapping("/api/v1/workload-configuration/versions")
  @Operation(summary = "Every version of the workload configuration, withdrawn ones too, the latest effective date "
      + "first, each with its status today (FUTURE, IN_FORCE, PAST or WITHDRAWN), who made it, when and why")
  @ApiResponse(responseCode = "200",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = VersionResource.class))))
  List<VersionResource> versions() {
    return configurations.history().stream().map(VersionResource::of).toList();
  }

  @GetMapping("/api/v1/workload-configuration/versions/{id}")
  @Operation(summary = "One version of the workload configuration with all its figures and rules")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConfigurationResource.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> version(@PathVariable long id) {
    return configurations.version(id).<ResponseEntity<?>>map(config -> ResponseEntity.ok(ConfigurationResource.of(config)))
        .orElseGet(() -> ApiProblems.status(HttpStatus.NOT_FOUND, "Not found", "No workload configuration version " + id));
  }
}
