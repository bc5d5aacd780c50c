package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.workforce.internal.CreateRequests;
import org.probatio.workforce.internal.StaffRepository;
import org.probatio.workforce.internal.TeamRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff records as administrators keep them: listed a page at a time, added under a code Probatio
 * gives, and changed at the version the user saw. A member of staff who leaves keeps their record
 * with a last working day. Every change is audited and announced as {@link StaffChanged}. Who may
 * do what, and for which provider, is the caller's to check.
 */
@Service
public class StaffRecords {

  public static final int LONGEST_NAME = 100;
  public static final int LONGEST_EMAIL = 200;
  public static final BigDecimal MOST_HOURS = new BigDecimal("60");
  static final LocalDate EARLIEST_START = LocalDate.of(1960, 1, 1);

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final StaffRepository staff;
  private final TeamRepository teams;
  private final CreateRequests requests;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StaffRecords(StaffRepository staff, TeamRepository teams, CreateRequests requests, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.staff = staff;
    this.teams = teams;
    this.requests = requests;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<StaffRecord> find(String code) {
    return staff.find(code);
  }

  /** A page of staff, by surname and forename. */
  @Transactional(readOnly = true)
  public StaffPage list(StaffQuery query) {
    return staff.page(query, today());
  }

  /** Adds a member of staff; a request key already used returns the member added then. */
  @Transactional
  public SaveOutcome<String> add(StaffDetails details, @Nullable String requestKey) {
    return Once.add(requests, requestKey, "staff", code -> code, () -> check(details), checked -> {
      String provider = teams.find(checked.teamCode(), today()).orElseThrow().providerCode();
      String code = staff.insert(checked, provider, clock.instant(), Actor.username());
      audit.record(AuditAction.CREATE, "staff", code, described(checked));
      events.publishEvent(new StaffChanged(code));
      return code;
    }, clock.instant());
  }

  /** Changes a member of staff's record, if it is still at the version the user saw. */
  @Transactional
  public SaveOutcome<String> change(String code, StaffDetails details, int version) {
    Optional<StaffRecord> found = staff.findForUpdate(code);
    if (found.isEmpty()) {
      return new SaveOutcome.NotFound<>();
    }
    StaffRecord current = found.get();
    if (current.version() != version) {
      return new SaveOutcome.Stale<>(current.version(), current.updatedBy(), current.updatedAt());
    }
    Checked<StaffDetails> checked = check(details);
    if (!checked.fine()) {
      return checked.refused();
    }
    StaffDetails changed = checked.value();
    staff.update(code, changed, version, clock.instant(), Actor.username());
    audit.record(AuditAction.UPDATE, "staff", code,
        Map.of("changed", Differences.between(described(StaffDetails.of(current.member())), described(changed))));
    events.publishEvent(new StaffChanged(code));
    return new SaveOutcome.Saved<>(code, false);
  }

  private Checked<StaffDetails> check(StaffDetails details) {
    Checked<StaffDetails> checked = new Checked<>();
    String forename = checked.required("forename", details.forename(), LONGEST_NAME, "Enter the forename", "The forename");
    String surname = checked.required("surname", details.surname(), LONGEST_NAME, "Enter the surname", "The surname");
    if (details.grade() == null) {
      checked.problem("grade", "Select the grade");
    }
    String team = details.teamCode() == null || details.teamCode().isBlank() ? null : details.teamCode().strip();
    if (team == null) {
      checked.problem("teamCode", "Select the team");
    } else if (teams.find(team, today()).isEmpty()) {
      checked.problem("teamCode", "There is no team with the code " + team + ": select one from the list");
    }
    String email = checked.optional("email", details.email(), LONGEST_EMAIL, "The email address");
    if (email != null && !EMAIL.matcher(email).matches()) {
      checked.problem("email", "Enter an email address in the correct format, like name@example.com");
    }
    checked.tenths("contractedHours", details.contractedHours(), BigDecimal.ZERO, MOST_HOURS,
        "Enter the contracted hours a week", "Contracted hours", "37.5");
    checkDates(checked, details.startDate(), details.leavingDate());
    return checked.fine() ? checked.tidied(new StaffDetails(forename, surname, details.grade(), team, email,
        details.contractedHours(), details.startDate(), details.leavingDate())) : checked;
  }

  private void checkDates(Checked<StaffDetails> checked, @Nullable LocalDate start, @Nullable LocalDate leaving) {
    LocalDate latest = today().plusYears(1);
    if (start == null) {
      checked.problem("startDate", "Enter the start date");
    } else if (start.isBefore(EARLIEST_START)) {
      checked.problem("startDate", "The start date must be in " + EARLIEST_START.getYear() + " or after");
    } else if (start.isAfter(latest)) {
      checked.problem("startDate", "The start date must be no more than a year from today");
    }
    if (leaving != null && start != null && leaving.isBefore(start)) {
      checked.problem("leavingDate", "The last working day must be the same as or after the start date");
    } else if (leaving != null && leaving.isAfter(latest)) {
      checked.problem("leavingDate", "The last working day must be no more than a year from today");
    }
  }

  private static Map<String, @Nullable Object> described(StaffDetails details) {
    Map<String, @Nullable Object> described = new LinkedHashMap<>();
    described.put("forename", details.forename());
    described.put("surname", details.surname());
    described.put("grade", details.grade() == null ? null : details.grade().name());
    described.put("teamCode", details.teamCode());
    described.put("email", details.email());
    described.put("contractedHours", details.contractedHours() == null ? null : details.contractedHours().toPlainString());
    described.put("startDate", details.startDate() == null ? null : details.startDate().toString());
    described.put("leavingDate", details.leavingDate() == null ? null : details.leavingDate().toString());
    return described;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
