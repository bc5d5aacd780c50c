package org.probatio.workload.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Teams;
import org.probatio.workforce.Workforce;
import org.probatio.workload.PractitionerAllocations;
import org.probatio.workload.Workloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A practitioner's workload, and each of a team's, worked out now with the breakdown by case and report. */
@RestController
@Tag(name = "Workload", description = "Practitioners' workload points, available points and capacity")
class WorkloadApi {

  /** A team's case-holding practitioners' workloads. */
  record TeamWorkload(String teamCode, List<WorkloadSummary> staff) {}

  private final Workloads workloads;
  private final Workforce workforce;
  private final Teams teams;
  private final StaffAccess access;
  private final Clock clock;

  WorkloadApi(Workloads workloads, Workforce workforce, Teams teams, StaffAccess access, Clock clock) {
    this.workloads = workloads;
    this.workforce = workforce;
    this.teams = teams;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/api/v1/staff/{staffCode}/workload")
  @Operation(summary = "A practitioner's workload now: points from each case (by tier and case type) and report, "
      + "available points from contracted hours less reductions, and capacity % (null when no points are available). "
      + "Practitioners may read their own; senior practitioners, allocators, inspectors and administrators those of "
      + "staff of the providers they cover. 404 for anyone else, or anyone who holds no cases' grade")
  ResponseEntity<?> practitioner(@PathVariable String staffCode) {
    return workloads.breakdown(staffCode.toUpperCase()).<ResponseEntity<?>>map(b -> ResponseEntity.ok(WorkloadSummary.of(b)))
        .orElseGet(() -> ApiAnswers.notFound("No case-holding practitioner with code " + staffCode
            + " whose workload you may see"));
  }

  @GetMapping("/api/v1/teams/{teamCode}/workload")
  @Operation(summary = "The workload now of each of a team's case-holding practitioners, by staff code; 404 for a team "
      + "outside the providers the caller covers")
  ResponseEntity<?> team(@PathVariable String teamCode) {
    String code = teamCode.toUpperCase();
    if (teams.find(code).filter(team -> access.covers(team.providerCode())).isEmpty()) {
      return ApiAnswers.notFound("No team with code " + teamCode + " that you may see");
    }
    List<WorkloadSummary> staff = workforce.teamMembersWorkingOn(code, LocalDate.now(clock)).stream()
        .filter(member -> PractitionerAllocations.CASE_HOLDING_GRADES.contains(member.grade()))
        .map(StaffMember::code).sorted()
        .flatMap(member -> workloads.breakdown(member).stream()).map(WorkloadSummary::of).toList();
    return ResponseEntity.ok(new TeamWorkload(code, staff));
  }
}
