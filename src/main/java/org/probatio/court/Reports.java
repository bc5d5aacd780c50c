package org.probatio.court;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.internal.CheckRepository;
import org.probatio.court.internal.ReportRepository;
import org.probatio.people.FieldError;
import org.probatio.risk.RoshAssessment;
import org.probatio.risk.RoshAssessments;
import org.probatio.security.CurrentUser;
import org.probatio.security.SignedInUser;
import org.probatio.workforce.StaffMember;
import org.probatio.workforce.Workforce;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-sentence reports: started for a hearing (which requests both partner checks), written section
 * by section, and completed only when nothing required is missing. Every read and change is audited.
 */
@Service
public class Reports {

  private final ReportRepository reports;
  private final CheckRepository checks;
  private final Hearings hearings;
  private final VisiblePeople visiblePeople;
  private final RoshAssessments rosh;
  private final Workforce workforce;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reports(ReportRepository reports, CheckRepository checks, Hearings hearings, VisiblePeople visiblePeople,
      RoshAssessments rosh, Workforce workforce, CurrentUser currentUser, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.reports = reports;
    this.checks = checks;
    this.hearings = hearings;
    this.visiblePeople = visiblePeople;
    this.rosh = rosh;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Starts the hearing's report and requests both partner checks, due by {@link Deadlines#checkDue}.
   * A hearing has one report: starting it again finds the first.
   */
  @Transactional
  public CourtOutcome start(long hearingId, NewReport report) {
    Optional<Hearing> hearing = hearings.visible(hearingId);
    if (hearing.isEmpty()) {
      return new CourtOutcome.NotFound();
    }
    Optional<Long> existing = reports.idForHearing(hearingId);
    if (existing.isPresent()) {
      return new CourtOutcome.Recorded(existing.get(), true);
    }
    Instant now = storable(clock.instant());
    LocalDate today = Deadlines.courtDate(now);
    List<FieldError> problems = new ArrayList<>(report.problems(today));
    String authorCode = report.authorStaffCode() != null ? report.authorStaffCode()
        : currentUser.signedIn().map(SignedInUser::staffCode).orElse(null);
    Optional<StaffMember> author = authorCode == null ? Optional.empty() : workforce.staffMember(authorCode)
        .filter(staff -> staff.providerCode().equals(hearing.get().courtProviderCode()));
    if (authorCode != null && author.isEmpty()) {
      problems.add(new FieldError("author", "Select a member of the court team's provider to write the report"));
    }
    if (!problems.isEmpty()) {
      return new CourtOutcome.Invalid(problems);
    }
    String crn = hearing.get().crn();
    Instant dueAt = Deadlines.reportDue(report.dueOn(today), now);
    String authorName = author.map(StaffMember::displayName)
        .orElseGet(() -> currentUser.signedIn().map(SignedInUser::displayName).orElse(currentUser.username()));
    Optional<Long> id = reports.insert(new ReportRepository.Started(hearingId, crn, report.type(), now, dueAt,
        authorCode, authorName, currentRosh(crn)));
    if (id.isEmpty()) {
      return new CourtOutcome.Recorded(reports.idForHearing(hearingId).orElseThrow(), true);
    }
    Instant checksDue = Deadlines.checkDue(report.type(), now, dueAt);
    for (CheckKind kind : CheckKind.values()) {
      checks.request(id.get(), kind, now, checksDue);
    }
    audit.record(AuditAction.CREATE, "person", crn, Map.of("court", "report", "report", id.get(),
        "type", report.type().name(), "checksDue", checksDue.toString()));
    events.publishEvent(new ReportStarted(id.get(), crn, report.type(), authorCode, now));
    return new CourtOutcome.Recorded(id.get(), false);
  }

  /** A report with its checks; reading it is audited. */
  @Transactional
  public Optional<PreSentenceReport> report(long id) {
    return viewed(visible(id));
  }

  /** The person's most recent report, with its checks; reading it is audited. */
  @Transactional
  public Optional<PreSentenceReport> latestReport(String crn) {
    if (!visiblePeople.canSee(crn)) {
      return Optional.empty();
    }
    return viewed(reports.forPerson(crn, clock.instant()).stream().findFirst());
  }

  /** Saves the sections as the user wrote them, and links the current RoSH screening. */
  @Transactional
  public CourtOutcome saveSections(long id, ReportSections sections, int expectedVersion) {
    Optional<PreSentenceReport> found = visible(id);
    if (found.isEmpty()) {
      return new CourtOutcome.NotFound();
    }
    PreSentenceReport report = found.get();
    if (report.completed()) {
      return completedAlready();
    }
    if (report.version() != expectedVersion
        || !reports.saveSections(id, sections, currentRosh(report.crn()), expectedVersion)) {
      return stale(report);
    }
    audit.record(AuditAction.UPDATE, "person", report.crn(), Map.of("court", "report", "report", id,
        "sections", sections.changedFrom(report.sections()).stream().map(ReportSection::field).toList()));
    return new CourtOutcome.Recorded(id, false);
  }

  /**
   * Completes the report if {@link ReportCompletion} allows it, recording whether it was given to the
   * court on the day. Completing a completed report again changes nothing.
   */
  @Transactional
  public CourtOutcome complete(long id, @Nullable Boolean deliveredOnDay, int expectedVersion) {
    Optional<PreSentenceReport> found = visible(id);
    if (found.isEmpty()) {
      return new CourtOutcome.NotFound();
    }
    PreSentenceReport report = found.get();
    if (report.completed()) {
      return new CourtOutcome.Recorded(id, true);
    }
    if (report.version() != expectedVersion) {
      return stale(report);
    }
    Long roshId = currentRosh(report.crn());
    List<FieldError> problems = new ArrayList<>(
        ReportCompletion.decide(report.type(), report.sections(), report.checkOutcomes(), roshId != null).missing());
    if (deliveredOnDay == null) {
      problems.add(new FieldError("deliveredOnDay", "Select yes if the report was given to the court on the day of the hearing"));
    }
    if (!problems.isEmpty()) {
      return new CourtOutcome.Invalid(problems);
    }
    Instant completedAt = storable(clock.instant());
    if (!reports.complete(id, deliveredOnDay, roshId, completedAt, expectedVersion)) {
      return stale(report);
    }
    audit.record(AuditAction.UPDATE, "person", report.crn(), Map.of("court", "report", "report", id,
        "completed", true, "deliveredOnDay", deliveredOnDay));
    events.publishEvent(new ReportCompleted(id, report.crn(), report.type(), report.authorStaffCode(), completedAt));
    return new CourtOutcome.Recorded(id, false);
  }

  /** Reports not yet completed for the user's court team (every provider's for national users), soonest due first. */
  @Transactional
  public List<ReportInProgress> inProgress() {
    return visiblePeople.listed("reports in progress", reports.open(hearings.ownProvider(), clock.instant()),
        PreSentenceReport::crn, ReportInProgress::new);
  }

  private Optional<PreSentenceReport> visible(long id) {
    return reports.find(id, clock.instant()).filter(r -> visiblePeople.canSee(r.crn()));
  }

  private Optional<PreSentenceReport> viewed(Optional<PreSentenceReport> report) {
    report.ifPresent(r -> audit.record(AuditAction.VIEW, "person", r.crn(), Map.of("court", "report", "report", r.id())));
    return report;
  }

  private @Nullable Long currentRosh(String crn) {
    return rosh.current(crn).map(RoshAssessment::id).orElse(null);
  }

  private static CourtOutcome completedAlready() {
    return new CourtOutcome.Invalid(List.of(new FieldError("report", "This report is completed and can no longer be changed")));
  }

  private static CourtOutcome stale(PreSentenceReport report) {
    return new CourtOutcome.Stale("Someone else saved this report after you opened it", report.version());
  }

  /** An instant as PostgreSQL stores it (to the microsecond), so what is published is what was stored. */
  private static Instant storable(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }
}
