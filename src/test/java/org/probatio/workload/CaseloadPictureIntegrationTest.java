package org.probatio.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probatio.support.TestOrganisation.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probatio.support.IntegrationTest;
import org.probatio.support.TestOrganisation;
import org.probatio.support.TestOrganisation.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload picture counts stored figures into the right bands, edge by edge, and the trend from the
 * history, for a team of figures written straight into the tables (a team code nobody else uses), and
 * keeps a provider's managers to their own provider.
 */
@IntegrationTest
class CaseloadPictureIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired CaseloadPicture picture;
  @Autowired WorkloadConfigurations configurations;
  @Autowired JdbcClient jdbc;

  String team;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void aTeamOfFigures() {
    TestOrganisation.ensureLoaded(context);
    team = "ZT" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  @AfterEach
  void removeThem() {
    jdbc.sql("delete from workload_figure where team_code = ?").param(team).update();
    jdbc.sql("delete from workload_figure_history where team_code = ?").param(team).update();
  }

  void figure(String table, LocalDate day, int member, String grade, int cases, @Nullable String capacity,
      String provider) {
    jdbc.sql("insert into " + table + " (staff_code, calculated_on, calculated_at, configuration_id, grade, team_code,"
            + " provider_code, contracted_hours, reduction_hours, available_points, points, capacity_percent, cases,"
            + " community, licence, custody, reports, cases_by_tier) values (?, ?, now(), ?, ?, ?, ?, 37, 0, 1000, 0, ?,"
            + " ?, ?, 0, 0, 0, '{}')")
        .params(team + member, day, configurations.inForceToday().id(), grade, team, provider,
            capacity == null ? null : new BigDecimal(capacity), cases, cases).update();
  }

  /** Today's figures, now and in the history: the edges of every caseload size and capacity band. */
  void edges(String provider) {
    Object[][] rows = {{"PO", 0, "49.9"}, {"PO", 10, "50.0"}, {"PQIP", 11, "79.9"}, {"PSO", 20, "80.0"},
        {"PO", 50, "100.0"}, {"PO", 51, "100.1"}, {"PQIP", 70, "110.0"}, {"PSO", 5, "110.1"}, {"PO", 3, null}};
    for (int i = 0; i < rows.length; i++) {
      for (String table : List.of("workload_figure", "workload_figure_history")) {
        figure(table, today, i, (String) rows[i][0], (Integer) rows[i][1], (String) rows[i][2], provider);
      }
    }
  }

  @Test
  void practitioners_are_counted_into_caseload_size_and_capacity_bands_at_each_edge() {
    edges("N01");

    CaseloadFigures figures = as(context, TestUser.ADMIN, () -> picture.figures(new CaseloadFilter(null, null, team)));

    assertThat(figures.practitioners()).isEqualTo(9);
    assertThat(figures.caseloadSizes()).extracting(CaseloadFigures.Band::practitioners).containsExactly(4L, 2L, 0L, 0L,
        1L, 2L);
    assertThat(figures.caseloadSizes().get(5).label()).isEqualTo("Over 50 cases");
    assertThat(figures.overFifty()).isEqualTo(2);
    assertThat(figures.overFiftyPercent()).isEqualByComparingTo("22.2");
    assertThat(figures.capacity()).extracting(CaseloadFigures.Band::practitioners).containsExactly(1L, 2L, 2L, 2L, 1L,
        1L);
    assertThat(figures.grades()).isEqualTo(new CaseloadFigures.GradeMix(5, 2, 2, 0));
    assertThat(figures.psosWithOverrides()).isZero();
  }

  @Test
  void the_trend_takes_the_figures_on_the_last_day_of_each_of_twelve_weeks_ending_today() {
    edges("N01");
    figure("workload_figure_history", today.minusWeeks(1), 0, "PO", 51, "40.0", "N01");
    figure("workload_figure_history", today.minusWeeks(1), 1, "PO", 1, "60.0", "N01");
    figure("workload_figure_history", today.minusWeeks(1), 2, "PSO", 2, "90.0", "N01");
    figure("workload_figure_history", today.minusDays(3), 3, "PO", 80, "200.0", "N01");

    List<CaseloadFigures.TrendWeek> trend = as(context, TestUser.ADMIN,
        () -> picture.trend(new CaseloadFilter("N01", null, team)));

    assertThat(trend).hasSize(CaseloadPicture.TREND_WEEKS);
    assertThat(trend.get(11).ending()).isEqualTo(today);
    assertThat(trend.get(11).practitioners()).isEqualTo(9);
    assertThat(trend.get(11).medianCapacity()).as("nulls left out: between 80.0 and 100.0").isEqualByComparingTo("90.0");
    assertThat(trend.get(11).overFiftyPercent()).isEqualByComparingTo("22.2");
    assertThat(trend.get(10).ending()).isEqualTo(today.minusWeeks(1));
    assertThat(trend.get(10).practitioners()).as("a day between is not counted").isEqualTo(3);
    assertThat(trend.get(10).medianCapacity()).isEqualByComparingTo("60.0");
    assertThat(trend.get(10).overFiftyPercent()).isEqualByComparingTo("33.3");
    assertThat(trend.get(0).practitioners()).isZero();
    assertThat(trend.get(0).medianCapacity()).isNull();
  }

  @Test
  void todays_figures_are_counted_afresh_each_time_and_the_past_weeks_once_a_day() {
    edges("N01");
    figure("workload_figure_history", today.minusWeeks(1), 0, "PO", 51, "40.0", "N01");
    CaseloadFilter filter = new CaseloadFilter("N01", null, team);
    as(context, TestUser.ADMIN, () -> picture.trend(filter));

    figure("workload_figure_history", today, 20, "PO", 60, "120.0", "N01");
    figure("workload_figure_history", today.minusWeeks(1), 21, "PO", 60, "120.0", "N01");
    List<CaseloadFigures.TrendWeek> trend = as(context, TestUser.ADMIN, () -> picture.trend(filter));

    assertThat(trend.get(11).practitioners()).as("today's new figure").isEqualTo(10);
    assertThat(trend.get(11).overFifty()).isEqualTo(3);
    assertThat(trend.get(10).practitioners()).as("a past day's history is read once a day").isEqualTo(1);
  }

  @Test
  void a_providers_manager_sees_nothing_of_another_providers_team_whatever_the_filter_asks() {
    edges("C01");

    assertThat(as(context, TestUser.SENIOR, () -> picture.figures(new CaseloadFilter(null, null, team))).practitioners())
        .isZero();
    assertThat(as(context, TestUser.SENIOR, () -> picture.figures(new CaseloadFilter("C01", null, team))).practitioners())
        .isZero();
    assertThat(as(context, TestUser.INSPECTOR, () -> picture.figures(new CaseloadFilter("C01", null, team)))
        .practitioners()).isEqualTo(9);
  }
}
