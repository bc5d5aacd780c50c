package org.probatio.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.court.internal.FigureRepository;
import org.probatio.court.internal.FigureRepository.Selection;
import org.probatio.court.internal.FigureRepository.WeekRow;
import org.probatio.people.PersonSummary;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court figures for the court-to-allocation dashboard, counted in the database: reports completed in
 * a period and whether each was given to the court on the day, and partner checks due in a period and
 * whether each was returned on time. Only the hearings of providers the user works for are counted;
 * the lists behind the figures show people as the court lists do, and showing them is audited.
 */
@Service
public class CourtFigures {

  /** The most rows a list behind a figure shows. */
  public static final int LIST_LIMIT = 5000;

  /**
   * What to count: a period of London days (inclusive), the hearings' providers (none named means every
   * provider the user may see) and, when not null, only reports written by these members of staff.
   */
  public record Filter(LocalDate from, LocalDate to, Set<String> providerCodes, @Nullable Set<String> authorStaffCodes) {}

  /** A week of the period, from its first day: how many met the standard, of how many. Weeks with none are left out. */
  public record Week(LocalDate beginning, long met, long total) {}

  /** A row of a list, with the person it is about as the user may see them. */
  public record Listed<T>(T row, PersonSummary person) {}

  private final FigureRepository figures;
  private final VisiblePeople visiblePeople;
  private final CurrentUser currentUser;
  private final Clock clock;

  CourtFigures(FigureRepository figures, VisiblePeople visiblePeople, CurrentUser currentUser, Clock clock) {
    this.figures = figures;
    this.visiblePeople = visiblePeople;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Reports completed in the period, week by week: how many were given to the court on the day. */
  @Transactional(readOnly = true)
  public List<Week> reportsDeliveredOnDay(Filter filter) {
    return weeks(filter, figures.reportsDeliveredOnDay(selection(filter)));
  }

  /** Checks due in the period and answered or past due, week by week: how many were answered by their due time. */
  @Transactional(readOnly = true)
  public List<Week> checksReturnedOnTime(Filter filter) {
    return weeks(filter, figures.checksReturnedOnTime(selection(filter), clock.instant()));
  }

  /** The reports behind {@link #reportsDeliveredOnDay}, oldest first; showing them is audited. */
  @Transactional
  public List<Listed<ReportDelivery>> reportsCompleted(Filter filter) {
    return visiblePeople.listed("dashboard: reports completed", figures.reportsCompleted(selection(filter), LIST_LIMIT),
        ReportDelivery::crn, Listed::new);
  }

  /** The checks behind {@link #checksReturnedOnTime}, by due time; showing them is audited. */
  @Transactional
  public List<Listed<CheckReturn>> checksDue(Filter filter) {
    return visiblePeople.listed("dashboard: partner checks due",
        figures.checksDue(selection(filter), clock.instant(), LIST_LIMIT), CheckReturn::crn, Listed::new);
  }

  /** The ids of sentences passed in the period at hearings whose report one of these members of staff wrote. */
  @Transactional(readOnly = true)
  public List<Long> sentencesReportedBy(Collection<String> authorStaffCodes, LocalDate sentencedFrom,
      LocalDate sentencedTo) {
    return figures.sentencesReportedBy(authorStaffCodes, sentencedFrom, sentencedTo);
  }

  private Selection selection(Filter filter) {
    CaseScope scope = currentUser.scope().narrowedTo(filter.providerCodes());
    return new Selection(filter.from(), filter.to(), scope.allProviders(), scope.providerCodes(),
        filter.authorStaffCodes());
  }

  private static List<Week> weeks(Filter filter, List<WeekRow> rows) {
    return rows.stream().map(row -> new Week(filter.from().plusWeeks(row.week()), row.met(), row.total())).toList();
  }
}
