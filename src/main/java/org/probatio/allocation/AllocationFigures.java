package org.probatio.allocation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.internal.AllocationFigureRepository;
import org.probatio.allocation.internal.AllocationFigureRepository.Selection;
import org.probatio.audit.AuditAction;
import org.probatio.audit.AuditTrail;
import org.probatio.court.CourtFigures;
import org.probatio.people.People;
import org.probatio.people.PersonSummary;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation figures for the court-to-allocation dashboard: final allocations after sentence decided
 * in a period, counted in the database (within one working day of sentence; with a RoSH screening on
 * record), and the likely misallocations among them. Only cases sentenced at courts of providers the
 * user works for are counted; showing a list of people is audited.
 */
@Service
public class AllocationFigures {

  /** The most rows a list behind a figure shows. */
  public static final int LIST_LIMIT = 5000;
  /** How long before the period a sentence may have been passed and still be found by its report's author. */
  static final int SENTENCED_UP_TO_YEARS_BEFORE = 1;

  /**
   * What to count: a period of London days (inclusive) in which the allocation was decided, the
   * sentencing courts' providers (none named means every provider the user may see) and, when not
   * null, only cases whose pre-sentence report one of these members of staff wrote (a case with no
   * report is then left out, as is one sentenced more than a year before the period).
   */
  public record Filter(LocalDate from, LocalDate to, Set<String> courtProviderCodes,
      @Nullable Set<String> reportAuthorStaffCodes) {}

  /** A week of the period, from its first day. Weeks with no decisions are left out. */
  public record Week(LocalDate beginning, long total, long withinOneWorkingDay, long screenedBeforehand) {}

  /** One week's handovers with a first appointment, and how many were delivered by that day. */
  public record HandoverWeek(LocalDate beginning, long total, long deliveredFirst) {}

  /** A row of a list, with the person it is about as the user may see them. */
  public record Listed<T>(T row, PersonSummary person) {}

  private final AllocationFigureRepository figures;
  private final Misallocations misallocations;
  private final CourtFigures court;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditTrail audit;

  AllocationFigures(AllocationFigureRepository figures, Misallocations misallocations, CourtFigures court, People people,
      CurrentUser currentUser, AuditTrail audit) {
    this.figures = figures;
    this.misallocations = misallocations;
    this.court = court;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /** The decisions week by week: how many were within one working day, and how many had a RoSH screening. */
  @Transactional(readOnly = true)
  public List<Week> weeks(Filter filter) {
    return figures.weeks(selection(filter)).stream().map(row -> new Week(filter.from().plusWeeks(row.week()),
        row.total(), row.withinOneWorkingDay(), row.screened())).toList();
  }

  /** The decisions behind {@link #weeks}, oldest first; showing them is audited. */
  @Transactional
  public List<Listed<AllocationTiming>> allocations(Filter filter) {
    return listed("dashboard: allocations", figures.allocations(selection(filter), LIST_LIMIT), AllocationTiming::crn);
  }

  /** Handovers delivered in the period whose first appointment is recorded, week by week. */
  @Transactional(readOnly = true)
  public List<HandoverWeek> handoverWeeks(Filter filter) {
    return figures.handoverWeeks(selection(filter)).stream()
        .map(row -> new HandoverWeek(filter.from().plusWeeks(row.week()), row.total(), row.deliveredFirst())).toList();
  }

  /** The handovers behind {@link #handoverWeeks}, oldest first; showing them is audited. */
  @Transactional
  public List<Listed<HandoverTimeliness>> handovers(Filter filter) {
    return listed("dashboard: handovers", figures.handovers(selection(filter), LIST_LIMIT), HandoverTimeliness::crn);
  }

  /** How many of the decisions are likely misallocations ({@link Misallocations}). */
  @Transactional(readOnly = true)
  public int misallocationCount(Filter filter) {
    return likelyMisallocations(filter).size();
  }

  /** The likely misallocations among the decisions, oldest first; showing them is audited. */
  @Transactional
  public List<Listed<LikelyMisallocation>> misallocations(Filter filter) {
    return listed("dashboard: likely misallocations", likelyMisallocations(filter), m -> m.decision().crn());
  }

  private List<LikelyMisallocation> likelyMisallocations(Filter filter) {
    List<LikelyMisallocation> found = misallocations.between(filter.from(), filter.to());
    Set<Long> selected = new HashSet<>(figures.selected(selection(filter),
        found.stream().map(m -> m.decision().id()).toList()));
    return found.stream().filter(m -> selected.contains(m.decision().id())).toList();
  }

  private Selection selection(Filter filter) {
    CaseScope scope = currentUser.scope().narrowedTo(filter.courtProviderCodes());
    List<Long> sentences = filter.reportAuthorStaffCodes() == null ? null
        : court.sentencesReportedBy(filter.reportAuthorStaffCodes(),
            filter.from().minusYears(SENTENCED_UP_TO_YEARS_BEFORE), filter.to());
    return new Selection(filter.from(), filter.to(), scope.allProviders(), scope.providerCodes(), sentences);
  }

  /** Each row with its person, leaving out those the user may not see; the showing is audited. */
  private <T> List<Listed<T>> listed(String list, List<T> rows, Function<T, String> crn) {
    Collection<String> crns = rows.stream().map(crn).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, PersonSummary> byCrn = people.summaries(crns).stream()
        .collect(Collectors.toMap(PersonSummary::crn, Function.identity()));
    List<Listed<T>> shown = rows.stream().filter(row -> byCrn.containsKey(crn.apply(row)))
        .map(row -> new Listed<>(row, byCrn.get(crn.apply(row)))).toList();
    List<String> seen = crns.stream().filter(byCrn::containsKey).toList();
    if (!seen.isEmpty()) {
      audit.record(AuditAction.VIEW, Allocations.AUDIT_SUBJECT, null, Map.of("allocation", list, "crns", seen));
    }
    return shown;
  }
}
