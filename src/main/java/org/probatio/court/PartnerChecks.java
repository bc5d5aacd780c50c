package org.probatio.court;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.internal.CheckRepository;
import org.probatio.court.internal.ReportRepository;
import org.probatio.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police domestic abuse and children's services safeguarding checks of each report: their
 * answers, and the late ones, shown to the author and escalated to the senior practitioner.
 */
@Service
public class PartnerChecks {

  private final CheckRepository checks;
  private final ReportRepository reports;
  private final VisiblePeople visiblePeople;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final Clock clock;

  PartnerChecks(CheckRepository checks, ReportRepository reports, VisiblePeople visiblePeople, CurrentUser currentUser,
      AuditTrail audit, Clock clock) {
    this.checks = checks;
    this.reports = reports;
    this.visiblePeople = visiblePeople;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** The report's checks, police first; reading them is audited. Empty for a report the user may not see. */
  @Transactional
  public List<PartnerCheck> checks(long reportId) {
    Optional<PreSentenceReport> report = visibleReport(reportId);
    report.ifPresent(r -> audit.record(AuditAction.VIEW, "person", r.crn(), Map.of("court", "checks", "report", reportId)));
    return report.map(PreSentenceReport::checks).orElse(List.of());
  }

  /** Records the agency's answer, or why none could be had, unless the check changed since the user's version. */
  @Transactional
  public CourtOutcome respond(long checkId, CheckResponse response, int expectedVersion) {
    Optional<PartnerCheck> check = checks.find(checkId, clock.instant());
    Optional<PreSentenceReport> report = check.flatMap(c -> visibleReport(c.reportId()));
    if (report.isEmpty()) {
      return new CourtOutcome.NotFound();
    }
    if (report.get().completed()) {
      return new CourtOutcome.Invalid(List.of(new org.probatio.people.FieldError("outcome",
          "The report is completed, so its checks can no longer be changed")));
    }
    var problems = response.problems();
    if (!problems.isEmpty()) {
      return new CourtOutcome.Invalid(problems);
    }
    if (check.get().version() != expectedVersion
        || !checks.respond(checkId, response, currentUser.username(), clock.instant(), expectedVersion)) {
      return new CourtOutcome.Stale("Someone else recorded an answer to this check after you opened it",
          check.get().version());
    }
    audit.record(AuditAction.UPDATE, "person", report.get().crn(), Map.of("court", "check", "check", checkId,
        "kind", check.get().kind().name(), "outcome", response.outcome().name()));
    return new CourtOutcome.Recorded(checkId, false);
  }

  /** Late checks on the reports these members of staff are writing, oldest first: what an author is shown. */
  @Transactional
  public List<LateCheck> late(Collection<String> authorStaffCodes) {
    return visiblePeople.listed("late checks", checks.late(authorStaffCodes, clock.instant()), CheckRepository.LateRow::crn,
        (row, person) -> new LateCheck(row.check(), person, row.reportType(), row.authorName()));
  }

  /**
   * Late checks on the reports of a senior practitioner's team, oldest first. Being listed here is the
   * escalation: each check's {@code escalatedAt} is set the first time it is.
   */
  @Transactional
  public List<LateCheck> escalate(Collection<String> authorStaffCodes) {
    Instant now = clock.instant();
    List<LateCheck> late = late(authorStaffCodes);
    checks.escalate(late.stream().map(l -> l.check().id()).toList(), now);
    return late.stream().map(l -> l.check().escalatedAt() != null ? l
        : new LateCheck(l.check().escalatedAt(now), l.person(), l.reportType(), l.authorName())).toList();
  }

  private Optional<PreSentenceReport> visibleReport(long reportId) {
    return reports.find(reportId, clock.instant()).filter(r -> visiblePeople.canSee(r.crn()));
  }
}
