package org.probatio.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.AllocationFigures;
import org.probatio.court.CourtFigures;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.workforce.Workforce;
import org.springframework.stereotype.Service;

/**
 * The court-to-allocation dashboard: each figure over a period for the providers the user works for,
 * counted by the court and allocation modules in the database, and the cases behind each figure.
 *
 * <p>The provider is the sentencing court's. The delivery unit is that of the team of the member of
 * staff who wrote the pre-sentence report: for a report and its checks, that report's author; for an
 * allocation, the author of the report for the hearing at which the case was sentenced (a case
 * sentenced without a report has no delivery unit, so it is counted only when no delivery unit is chosen).
 */
@Service
public class CourtToAllocation {

  private final CourtFigures court;
  private final AllocationFigures allocation;
  private final Workforce workforce;
  private final CurrentUser currentUser;
  private final CaseLists caseLists;

  CourtToAllocation(CourtFigures court, AllocationFigures allocation, Workforce workforce, CurrentUser currentUser) {
    this.court = court;
    this.allocation = allocation;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.caseLists = new CaseLists();
  }

  /** The providers the user works for (every one for national roles), and their delivery units. */
  public Choices choices() {
    CaseScope scope = currentUser.scope();
    var providers = workforce.providers().stream().filter(p -> scope.covers(p.code())).toList();
    var units = workforce.deliveryUnits().stream().filter(u -> scope.covers(u.providerCode())).toList();
    return new Choices(providers, units);
  }

  /** Every figure, in the order of {@link Measure}. */
  public List<Figure> figures(DashboardFilter filter) {
    CourtFigures.Filter courtFilter = courtFilter(filter);
    AllocationFigures.Filter allocationFilter = allocationFilter(filter);
    List<AllocationFigures.Week> allocations = allocation.weeks(allocationFilter);
    List<Figure> figures = new ArrayList<>();
    figures.add(courtFigure(Measure.REPORTS_ON_THE_DAY, filter, court.reportsDeliveredOnDay(courtFilter)));
    figures.add(courtFigure(Measure.CHECKS_ON_TIME, filter, court.checksReturnedOnTime(courtFilter)));
    figures.add(allocationFigure(Measure.SCREENED_BEFORE_ALLOCATION, filter, allocations));
    figures.add(allocationFigure(Measure.ALLOCATED_WITHIN_ONE_WORKING_DAY, filter, allocations));
    figures.add(handoverFigure(filter, allocation.handoverWeeks(allocationFilter)));
    figures.add(misallocations(allocationFilter, allocations));
    return figures;
  }

  /** One figure. */
  public Figure figure(Measure measure, DashboardFilter filter) {
    return switch (measure) {
      case REPORTS_ON_THE_DAY -> courtFigure(measure, filter, court.reportsDeliveredOnDay(courtFilter(filter)));
      case CHECKS_ON_TIME -> courtFigure(measure, filter, court.checksReturnedOnTime(courtFilter(filter)));
      case SCREENED_BEFORE_ALLOCATION, ALLOCATED_WITHIN_ONE_WORKING_DAY ->
          allocationFigure(measure, filter, allocation.weeks(allocationFilter(filter)));
      case HANDOVERS_BEFORE_FIRST_APPOINTMENT -> handoverFigure(filter, allocation.handoverWeeks(allocationFilter(filter)));
      case LIKELY_MISALLOCATIONS -> misallocations(allocationFilter(filter), allocation.weeks(allocationFilter(filter)));
    };
  }

  /** The cases behind a figure; showing them is audited by the module that owns them. */
  public CaseList cases(Measure measure, DashboardFilter filter) {
    Function<String, String> providerName = choices()::providerName;
    return switch (measure) {
      case REPORTS_ON_THE_DAY -> caseLists.reports(court.reportsCompleted(courtFilter(filter)));
      case CHECKS_ON_TIME -> caseLists.checks(court.checksDue(courtFilter(filter)));
      case SCREENED_BEFORE_ALLOCATION, ALLOCATED_WITHIN_ONE_WORKING_DAY ->
          caseLists.allocations(measure, allocation.allocations(allocationFilter(filter)), providerName);
      case HANDOVERS_BEFORE_FIRST_APPOINTMENT -> caseLists.handovers(allocation.handovers(allocationFilter(filter)),
          providerName);
      case LIKELY_MISALLOCATIONS -> caseLists.misallocations(allocation.misallocations(allocationFilter(filter)),
          providerName);
    };
  }

  private CourtFigures.Filter courtFilter(DashboardFilter filter) {
    return new CourtFigures.Filter(filter.from(), filter.to(), providers(filter), authors(filter));
  }

  private AllocationFigures.Filter allocationFilter(DashboardFilter filter) {
    return new AllocationFigures.Filter(filter.from(), filter.to(), providers(filter), authors(filter));
  }

  private static Set<String> providers(DashboardFilter filter) {
    return filter.providerCode() == null ? Set.of() : Set.of(filter.providerCode());
  }

  private @Nullable Set<String> authors(DashboardFilter filter) {
    return filter.deliveryUnitCode() == null ? null : Set.copyOf(workforce.staffCodesIn(filter.deliveryUnitCode()));
  }

  /** How many of the period's allocations are likely misallocations. */
  private Figure misallocations(AllocationFigures.Filter filter, List<AllocationFigures.Week> allocations) {
    return new Figure(Measure.LIKELY_MISALLOCATIONS, allocation.misallocationCount(filter),
        allocations.stream().mapToLong(AllocationFigures.Week::total).sum(), List.of());
  }

  private static Figure courtFigure(Measure measure, DashboardFilter filter, List<CourtFigures.Week> weeks) {
    return figure(measure, filter, weeks.stream().collect(Collectors.toMap(CourtFigures.Week::beginning,
        week -> new Counted(week.met(), week.total()))));
  }

  private static Figure allocationFigure(Measure measure, DashboardFilter filter, List<AllocationFigures.Week> weeks) {
    return figure(measure, filter, weeks.stream().collect(Collectors.toMap(AllocationFigures.Week::beginning,
        week -> new Counted(measure == Measure.SCREENED_BEFORE_ALLOCATION ? week.screenedBeforehand()
            : week.withinOneWorkingDay(), week.total()))));
  }

  private static Figure handoverFigure(DashboardFilter filter, List<AllocationFigures.HandoverWeek> weeks) {
    return figure(Measure.HANDOVERS_BEFORE_FIRST_APPOINTMENT, filter, weeks.stream().collect(Collectors.toMap(
        AllocationFigures.HandoverWeek::beginning, week -> new Counted(week.deliveredFirst(), week.total()))));
  }

  /** The figure over every week of the period, weeks with nothing counted included. */
  private static Figure figure(Measure measure, DashboardFilter filter, Map<LocalDate, Counted> byWeek) {
    List<Figure.Week> weeks = filter.weekBeginnings().stream().map(day -> {
      Counted counted = byWeek.getOrDefault(day, new Counted(0, 0));
      LocalDate end = day.plusDays(6).isAfter(filter.to()) ? filter.to() : day.plusDays(6);
      return new Figure.Week(day, end, counted.count(), counted.of());
    }).toList();
    return new Figure(measure, weeks.stream().mapToLong(Figure.Week::count).sum(),
        weeks.stream().mapToLong(Figure.Week::of).sum(), weeks);
  }

  private record Counted(long count, long of) {}
}
