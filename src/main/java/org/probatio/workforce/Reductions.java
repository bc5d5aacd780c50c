package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.workforce.internal.CreateRequests;
import org.probatio.workforce.internal.ReductionRepository;
import org.probatio.workforce.internal.StaffRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reductions of staff workloads, and the hours they take off a member of staff's contracted hours on a
 * day ({@link ReductionHours}), from which workload counts their available points. A reduction entered
 * by mistake is removed; one that stops early is ended. Every change is audited and announced as
 * {@link ReductionsChanged}. Who may do what, and for which provider, is the caller's to check.
 */
@Service
public class Reductions {

  public static final int LONGEST_REASON = 500;
  private static final BigDecimal LEAST_HOURS = new BigDecimal("0.1");
  private static final BigDecimal LEAST_PERCENT = BigDecimal.ONE;
  private static final BigDecimal MOST_PERCENT = new BigDecimal("100");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final ReductionRepository reductions;
  private final StaffRepository staff;
  private final CreateRequests requests;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reductions(ReductionRepository reductions, StaffRepository staff, CreateRequests requests, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.reductions = reductions;
    this.staff = staff;
    this.requests = requests;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A member of staff's reductions, past, current and future, the latest to start first. */
  @Transactional(readOnly = true)
  public List<Reduction> of(String staffCode) {
    return reductions.forStaff(staffCode);
  }

  @Transactional(readOnly = true)
  public Optional<Reduction> find(String staffCode, long id) {
    return reductions.find(staffCode, id);
  }

  /** The hours a week a member of staff's reductions take off on the day, with the reductions counted. */
  @Transactional(readOnly = true)
  public Optional<ReductionHours> hoursOn(String staffCode, LocalDate day) {
    return staff.find(staffCode)
        .map(found -> ReductionHours.on(day, found.member().contractedHours(), reductions.forStaff(staffCode)));
  }

  /**
   * Every member of staff with a reduction in force on the day, by staff code, with their reduction
   * hours: one query for the whole workforce, for batch work. Staff missing here have none.
   */
  @Transactional(readOnly = true)
  public Map<String, ReductionHours> hoursOn(LocalDate day) {
    Map<String, ReductionHours> hours = new LinkedHashMap<>();
    reductions.inForceOn(day).stream()
        .collect(Collectors.groupingBy(found -> found.reduction().staffCode(), LinkedHashMap::new, Collectors.toList()))
        .forEach((staffCode, found) -> hours.put(staffCode, ReductionHours.on(day, found.get(0).contractedHours(),
            found.stream().map(ReductionRepository.InForce::reduction).toList())));
    return hours;
  }

  /**
   * Loads many reductions at once, for the demo region: in batches, with no per-row checks, no events
   * and one audit row for the whole load, so only for data known to be clean. Returns how many.
   */
  @Transactional
  public int load(List<ReductionToLoad> loaded, String loadedBy) {
    if (loaded.isEmpty()) {
      return 0;
    }
    reductions.insertAll(loaded, loadedBy);
    audit.record(AuditAction.CREATE, "reduction", null, Map.of("bulkLoad", loaded.size(), "loadedBy", loadedBy));
    return loaded.size();
  }

  /** Adds a reduction; a request key already used returns the reduction added then. */
  @Transactional
  public SaveOutcome<Long> add(String staffCode, ReductionDetails details, @Nullable String requestKey) {
    Optional<StaffRecord> member = staff.find(staffCode);
    if (member.isEmpty()) {
      return new SaveOutcome.NotFound<>();
    }
    return Once.add(requests, requestKey, "reduction\n" + staffCode, Long::valueOf,
        () -> check(member.get().member(), details), checked -> {
          long id = reductions.insert(staffCode, checked, clock.instant(), Actor.username());
          Map<String, @Nullable Object> described = described(checked);
          described.put("staffCode", staffCode);
          audit.record(AuditAction.CREATE, "reduction", String.valueOf(id), described);
          events.publishEvent(new ReductionsChanged(staffCode));
          return id;
        }, clock.instant());
  }

  /** Changes a reduction, if it is still at the version the user saw. */
  @Transactional
  public SaveOutcome<Long> change(String staffCode, long id, ReductionDetails details, int version) {
    Optional<StaffRecord> member = staff.find(staffCode);
    Optional<Reduction> found = member.isEmpty() ? Optional.empty() : reductions.find(staffCode, id);
    if (found.isEmpty()) {
      return new SaveOutcome.NotFound<>();
    }
    if (found.get().version() != version) {
      return stale(staffCode, id);
    }
    Checked<ReductionDetails> checked = check(member.get().member(), details);
    if (!checked.fine()) {
      return checked.refused();
    }
    if (!reductions.update(id, checked.value(), version, clock.instant(), Actor.username())) {
      return stale(staffCode, id);
    }
    audit.record(AuditAction.UPDATE, "reduction", String.valueOf(id), Map.of("staffCode", staffCode,
        "changed", Differences.between(described(ReductionDetails.of(found.get())), described(checked.value()))));
    events.publishEvent(new ReductionsChanged(staffCode));
    return new SaveOutcome.Saved<>(id, false);
  }

  /** Ends a reduction early (or later): the day given is its last. */
  @Transactional
  public SaveOutcome<Long> end(String staffCode, long id, @Nullable LocalDate lastDay, int version) {
    Optional<Reduction> found = reductions.find(staffCode, id);
    if (found.isEmpty()) {
      return new SaveOutcome.NotFound<>();
    }
    if (lastDay == null) {
      return new SaveOutcome.Refused<>(Map.of("endDate", "Enter the last day of the reduction"));
    }
    return change(staffCode, id, ReductionDetails.of(found.get()).endingOn(lastDay), version);
  }

  /** Removes a reduction entered by mistake, if it is still at the version the user saw. */
  @Transactional
  public SaveOutcome<Long> remove(String staffCode, long id, int version) {
    Optional<Reduction> found = reductions.find(staffCode, id);
    if (found.isEmpty()) {
      return new SaveOutcome.NotFound<>();
    }
    if (!reductions.remove(id, version, clock.instant(), Actor.username())) {
      return stale(staffCode, id);
    }
    Map<String, @Nullable Object> described = described(ReductionDetails.of(found.get()));
    described.put("staffCode", staffCode);
    described.put("removed", true);
    audit.record(AuditAction.UPDATE, "reduction", String.valueOf(id), described);
    events.publishEvent(new ReductionsChanged(staffCode));
    return new SaveOutcome.Saved<>(id, false);
  }

  private SaveOutcome<Long> stale(String staffCode, long id) {
    return reductions.find(staffCode, id)
        .<SaveOutcome<Long>>map(now -> new SaveOutcome.Stale<>(now.version(), now.updatedBy(), now.updatedAt()))
        .orElseGet(SaveOutcome.NotFound::new);
  }

  private Checked<ReductionDetails> check(StaffMember member, ReductionDetails details) {
    Checked<ReductionDetails> checked = new Checked<>();
    ReductionCategory category = details.category();
    if (category == null) {
      checked.problem("category", "Select the category of reduction");
    }
    var preset = category == null ? Optional.<ReductionCategory.Preset>empty() : category.preset();
    ReductionKind kind = details.kind() != null ? details.kind() : preset.map(ReductionCategory.Preset::kind).orElse(null);
    BigDecimal amount = details.amount() != null ? details.amount()
        : preset.filter(p -> p.kind() == kind).map(ReductionCategory.Preset::amount).orElse(null);
    if (kind == null) {
      checked.problem("kind", "Select whether the reduction is in hours a week or a percentage");
    } else if (kind == ReductionKind.HOURS) {
      BigDecimal most = member.contractedHours().min(StaffRecords.MOST_HOURS).max(LEAST_HOURS);
      checked.tenths("amount", amount, LEAST_HOURS, most, "Enter the hours a week", "The hours a week", "7.5");
    } else {
      checked.tenths("amount", amount, LEAST_PERCENT, MOST_PERCENT, "Enter the percentage", "The percentage", "20");
    }
    String reason = checked.required("reason", details.reason(), LONGEST_REASON, "Enter the reason for the reduction",
        "The reason");
    LocalDate start = details.startDate();
    if (start == null) {
      checked.problem("startDate", "Enter the start date");
    } else if (start.isBefore(member.startDate())) {
      checked.problem("startDate", "The reduction cannot start before " + member.displayName() + " started, on "
          + DAY.format(member.startDate()));
    }
    LocalDate end = details.endDate() != null || start == null || category == null ? details.endDate()
        : category.defaultEndDate(start).orElse(null);
    if (end != null && start != null && end.isBefore(start)) {
      checked.problem("endDate", "The end date must be the same as or after the start date");
    }
    return checked.fine() ? checked.tidied(new ReductionDetails(category, kind, amount, reason, start, end)) : checked;
  }

  private static Map<String, @Nullable Object> described(ReductionDetails details) {
    Map<String, @Nullable Object> described = new LinkedHashMap<>();
    described.put("category", details.category() == null ? null : details.category().name());
    described.put("kind", details.kind() == null ? null : details.kind().name());
    described.put("amount", details.amount() == null ? null : details.amount().toPlainString());
    described.put("reason", details.reason());
    described.put("startDate", details.startDate() == null ? null : details.startDate().toString());
    described.put("endDate", details.endDate() == null ? null : details.endDate().toString());
    return described;
  }
}
