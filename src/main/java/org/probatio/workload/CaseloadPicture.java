package org.probatio.workload;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.security.CaseScope;
import org.probatio.security.CurrentUser;
import org.probatio.workforce.Grade;
import org.probatio.workforce.WorkforceCounts;
import org.probatio.workload.internal.CaseloadPictureQueries;
import org.probatio.workload.internal.CaseloadPictureQueries.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload picture, counted in the database over the stored figures ({@code workload_figure} now,
 * {@code workload_figure_history} for the trend), within the providers the user covers: a user who
 * does not work nationally sees their own provider only, whatever the filter asks.
 */
@Service
public class CaseloadPicture {

  /** How many weeks the trend covers, ending today. */
  public static final int TREND_WEEKS = 12;

  private final CaseloadPictureQueries queries;
  private final WorkforceCounts workforce;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final Cache<PastWeeks, List<CaseloadFigures.TrendWeek>> pastWeeks = Caffeine.newBuilder()
      .maximumSize(2_000).expireAfterWrite(Duration.ofDays(1)).build();

  CaseloadPicture(CaseloadPictureQueries queries, WorkforceCounts workforce, CurrentUser currentUser, Clock clock) {
    this.queries = queries;
    this.workforce = workforce;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CaseloadFigures figures(CaseloadFilter filter) {
    Scope scope = scope(filter);
    LocalDate today = LocalDate.now(clock);
    CaseloadPictureQueries.Current now = queries.current(scope);
    var grades = workforce.byGrade(new WorkforceCounts.Where(scope.providerCodes(), filter.deliveryUnitCode(),
        filter.teamCode()), today);
    CaseloadPictureQueries.Overrides overrides = queries.overrideCounts(scope);
    return new CaseloadFigures(now.practitioners(), now.bySize()[now.bySize().length - 1],
        bands(CaseloadPictureQueries.SIZE_BANDS, now.bySize()), bands(CaseloadPictureQueries.CAPACITY_BANDS,
        now.byCapacity()), new CaseloadFigures.GradeMix(now.po(), now.pqip(), now.pso(), grades.get(Grade.ADMIN)),
        overrides.psos(), overrides.cases());
  }

  /**
   * The figures as they stood on the last day of each of the {@value #TREND_WEEKS} weeks ending today, oldest
   * first. Only today's are counted each time: a past day's history is never written again, so its weeks
   * are kept for the day.
   */
  @Transactional(readOnly = true)
  public List<CaseloadFigures.TrendWeek> trend(CaseloadFilter filter) {
    LocalDate today = LocalDate.now(clock);
    Scope scope = scope(filter);
    List<CaseloadFigures.TrendWeek> weeks = new ArrayList<>(pastWeeks.get(new PastWeeks(sorted(scope.providerCodes()),
        sorted(scope.teamCodes()), today), key -> {
          List<LocalDate> days = new ArrayList<>();
          for (int week = TREND_WEEKS - 1; week >= 1; week--) {
            days.add(today.minusWeeks(week));
          }
          return queries.trend(scope, days);
        }));
    weeks.addAll(queries.trend(scope, List.of(today)));
    return weeks;
  }

  /** The past weeks of one scope's trend as they are counted on a day. */
  private record PastWeeks(@Nullable List<String> providerCodes, @Nullable List<String> teamCodes, LocalDate today) {}

  private static @Nullable List<String> sorted(@Nullable Collection<String> codes) {
    return codes == null ? null : codes.stream().sorted().toList();
  }

  /** The cases PSOs hold outside their grade rules, the latest allocated first. */
  @Transactional(readOnly = true)
  public List<CaseloadFigures.OverrideCase> overrides(CaseloadFilter filter) {
    return queries.overrides(scope(filter));
  }

  private Scope scope(CaseloadFilter filter) {
    CaseScope user = currentUser.scope();
    @Nullable Collection<String> providers;
    if (filter.providerCode() != null) {
      providers = user.narrowedTo(Set.of(filter.providerCode())).providerCodes();
    } else {
      providers = user.allProviders() ? null : user.providerCodes();
    }
    @Nullable Collection<String> teams = null;
    if (filter.teamCode() != null) {
      teams = List.of(filter.teamCode());
    } else if (filter.deliveryUnitCode() != null) {
      teams = workforce.teamCodesIn(filter.deliveryUnitCode());
    }
    return new Scope(providers, teams);
  }

  private static List<CaseloadFigures.Band> bands(List<String> labels, long[] counts) {
    List<CaseloadFigures.Band> bands = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      bands.add(new CaseloadFigures.Band(labels.get(i), counts[i]));
    }
    return bands;
  }
}
