package org.probatio.insights.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.probatio.insights.Figure;
import org.probatio.web.Dates;

/** A figure's percentage week by week, drawn on the server as SVG; weeks with nothing to count have no point. */
final class TrendChart {

  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  private static final Color GOVUK_BLUE = new Color(0x1d, 0x70, 0xb8);
  private static final Color GOVUK_MID_GREY = new Color(0xb1, 0xb4, 0xb6);

  private TrendChart() {}

  static String svg(Figure figure) {
    TimeSeries series = new TimeSeries(figure.measure().title());
    for (Figure.Week week : figure.weeks()) {
      if (week.percent() != null) {
        series.add(new Day(date(week.beginning()), TimeZone.getTimeZone(Dates.LONDON), Locale.UK), week.percent());
      }
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "Week beginning", "Per cent",
        new TimeSeriesCollection(series), false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GOVUK_MID_GREY);
    plot.setDomainGridlinesVisible(false);
    DateAxis weeks = (DateAxis) plot.getDomainAxis();
    weeks.setTimeZone(TimeZone.getTimeZone(Dates.LONDON));
    // from the start of the period's first day to the end of its last
    weeks.setRange(date(figure.weeks().get(0).beginning()),
        date(figure.weeks().get(figure.weeks().size() - 1).end().plusDays(1)));
    SimpleDateFormat dayAndMonth = new SimpleDateFormat("d MMM", Locale.UK);
    dayAndMonth.setTimeZone(TimeZone.getTimeZone(Dates.LONDON));
    weeks.setDateFormatOverride(dayAndMonth);
    NumberAxis percent = (NumberAxis) plot.getRangeAxis();
    // a little above 100, so that a week at 100% is not drawn on the edge
    percent.setRange(0, 104);
    percent.setTickUnit(new NumberTickUnit(25));
    Font labels = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    percent.setLabelFont(labels);
    plot.getDomainAxis().setLabelFont(labels);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, GOVUK_BLUE);
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    plot.setRenderer(renderer);
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
    return svg.getSVGDocument();
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(Dates.LONDON).toInstant());
  }
}
