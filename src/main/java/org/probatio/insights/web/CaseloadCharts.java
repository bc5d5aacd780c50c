package org.probatio.insights.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.probatio.workload.CaseloadFigures;

/**
 * The caseload picture's charts, drawn on the server as SVG: practitioners by band as bars, and the
 * weekly trend as two lines (median capacity % and the % holding more than 50 cases). Each has a
 * table with the same figures on the page.
 */
final class CaseloadCharts {

  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  private static final Color GOVUK_BLUE = new Color(0x1d, 0x70, 0xb8);
  private static final Color GOVUK_ORANGE = new Color(0xf4, 0x77, 0x38);
  private static final Color GOVUK_MID_GREY = new Color(0xb1, 0xb4, 0xb6);
  private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  private CaseloadCharts() {}

  /** Bars, one per band, of how many there are in each. */
  static String bars(String axis, List<CaseloadFigures.Band> bands) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    bands.forEach(band -> data.addValue(band.practitioners(), "Staff", band.label()));
    JFreeChart chart = ChartFactory.createBarChart(null, axis, "Staff", data, PlotOrientation.VERTICAL, false, false,
        false);
    CategoryPlot plot = plot(chart);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, GOVUK_BLUE);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return draw(chart);
  }

  /** The weekly median capacity % and % of practitioners holding more than 50 cases; a week with no figures has no point. */
  static String trend(List<CaseloadFigures.TrendWeek> weeks) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CaseloadFigures.TrendWeek week : weeks) {
      String label = week.ending().format(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK));
      data.addValue(week.medianCapacity(), "Median capacity %", label);
      data.addValue(week.overFiftyPercent(), "% holding more than 50 cases", label);
    }
    JFreeChart chart = ChartFactory.createLineChart(null, "Week ending", "Per cent", data, PlotOrientation.VERTICAL,
        true, false, false);
    CategoryPlot plot = plot(chart);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, GOVUK_BLUE);
    renderer.setSeriesPaint(1, GOVUK_ORANGE);
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    renderer.setSeriesStroke(1, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {8f, 5f}, 0f));
    plot.setRenderer(renderer);
    plot.getRangeAxis().setLowerBound(0);
    chart.getLegend().setItemFont(LABELS);
    return draw(chart);
  }

  private static CategoryPlot plot(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GOVUK_MID_GREY);
    CategoryAxis categories = plot.getDomainAxis();
    categories.setLabelFont(LABELS);
    categories.setTickLabelFont(LABELS);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    categories.setMaximumCategoryLabelLines(3);
    plot.getRangeAxis().setLabelFont(LABELS);
    return plot;
  }

  private static String draw(JFreeChart chart) {
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
    return svg.getSVGDocument();
  }
}
