package org.probatio.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probatio.insights.Figure;
import org.probatio.insights.Measure;

class DashboardChartTest {

  static Figure weekly(LocalDate from, int weeks, LocalDate to) {
    List<Figure.Week> drawn = java.util.stream.IntStream.range(0, weeks).mapToObj(n -> {
      LocalDate beginning = from.plusWeeks(n);
      LocalDate end = beginning.plusDays(6).isAfter(to) ? to : beginning.plusDays(6);
      return new Figure.Week(beginning, end, n % 3, n % 3 == 0 ? 0 : 4);
    }).toList();
    return new Figure(Measure.CHECKS_ON_TIME, 0, 0, drawn);
  }

  @Test
  void a_chart_is_drawn_for_a_single_day() {
    LocalDate day = LocalDate.of(2026, 6, 3);
    assertThat(TrendChart.svg(new Figure(Measure.REPORTS_ON_THE_DAY, 1, 2, List.of(new Figure.Week(day, day, 1, 2)))))
        .contains("<svg", "Week beginning", "3 Jun");
  }

  @Test
  void a_chart_of_two_years_labels_its_weeks_by_day_and_month() {
    LocalDate from = LocalDate.of(2024, 6, 4);
    String svg = TrendChart.svg(weekly(from, 105, LocalDate.of(2026, 6, 3)));
    assertThat(svg).contains("<svg", ">100<").doesNotContain("00:00");
  }
}
