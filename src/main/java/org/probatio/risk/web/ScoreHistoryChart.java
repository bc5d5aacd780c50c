package org.probatio.risk.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.probatio.risk.PersonScores.Replay;

/** A person's RSR and OGRS3 over time, drawn on the server as SVG. */
final class ScoreHistoryChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private ScoreHistoryChart() {}

  static String svg(List<Replay> history) {
    TimeSeries rsr = new TimeSeries("RSR (%)");
    TimeSeries ogrs3 = new TimeSeries("OGRS3, 2 years (%)");
    for (Replay replay : history) {
      var scores = replay.calculation().scores();
      Millisecond when = new Millisecond(Date.from(scores.assessmentDate().atStartOfDay(LONDON).toInstant()));
      if (scores.rsr().score() != null) {
        rsr.addOrUpdate(when, scores.rsr().score());
      }
      if (scores.ogrs3().twoYearScore() != null) {
        ogrs3.addOrUpdate(when, scores.ogrs3().twoYearScore());
      }
    }
    TimeSeriesCollection data = new TimeSeriesCollection();
    data.addSeries(rsr);
    data.addSeries(ogrs3);
    JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "Assessment date", "Score (%)", data, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    // GOV.UK blue and orange, which stay apart for people with red-green colour blindness
    renderer.setSeriesPaint(0, new Color(0x1d, 0x70, 0xb8));
    renderer.setSeriesPaint(1, new Color(0xf4, 0x77, 0x38));
    renderer.setDefaultStroke(new BasicStroke(3f));
    renderer.setAutoPopulateSeriesStroke(false);
    plot.setRenderer(renderer);
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
    return svg.getSVGDocument();
  }
}
