package org.probatio.insights.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.probatio.web.Dates;
import org.probatio.workload.CaseloadFigures;

/**
 * One table of the caseload picture, as shown under its chart and exported as CSV (RFC 4180, cells a
 * spreadsheet would take for a formula prefixed as in {@link CasesCsv}).
 */
record CaseloadTable(String slug, String title, List<String> headings, List<List<String>> rows) {

  static final List<String> SLUGS = List.of("caseload-sizes", "capacity", "grade-mix", "trend", "overrides");

  CaseloadTable {
    headings = List.copyOf(headings);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The table of the figures now with this slug; the trend's and the overrides' are made from their own lists. */
  static Optional<CaseloadTable> of(String slug, CaseloadFigures figures) {
    return switch (slug) {
      case "caseload-sizes" -> Optional.of(bands(slug, "Caseload sizes", "Cases held", figures.caseloadSizes(),
          figures.practitioners()));
      case "capacity" -> Optional.of(bands(slug, "Capacity", "Capacity", figures.capacity(), figures.practitioners()));
      case "grade-mix" -> Optional.of(grades(figures.grades()));
      default -> Optional.empty();
    };
  }

  static CaseloadTable bands(String slug, String title, String band, List<CaseloadFigures.Band> bands, long of) {
    return counted(slug, title, List.of(band, "Practitioners", "Per cent of practitioners"), bands, of);
  }

  static CaseloadTable grades(CaseloadFigures.GradeMix mix) {
    return counted("grade-mix", "Grade mix", List.of("Grade", "Staff", "Per cent of staff"), mix.bands(), mix.total());
  }

  /** Each band's count and its share of all of them. */
  private static CaseloadTable counted(String slug, String title, List<String> headings, List<CaseloadFigures.Band> bands,
      long of) {
    return new CaseloadTable(slug, title, headings, bands.stream()
        .map(b -> List.of(b.label(), String.valueOf(b.practitioners()), percent(b.practitioners(), of))).toList());
  }

  static CaseloadTable trend(List<CaseloadFigures.TrendWeek> weeks) {
    return new CaseloadTable("trend", "Trend over " + weeks.size() + " weeks", List.of("Week ending", "Practitioners",
        "Median capacity", "Holding more than 50 cases", "Per cent holding more than 50 cases"), weeks.stream()
        .map(w -> List.of(Dates.inWords(w.ending()), String.valueOf(w.practitioners()), text(w.medianCapacity()),
            String.valueOf(w.overFifty()), text(w.overFiftyPercent()))).toList());
  }

  static CaseloadTable overrides(List<CaseloadFigures.OverrideCase> cases) {
    return new CaseloadTable("overrides", "Cases PSOs hold outside their grade rules", List.of("CRN", "Staff code",
        "Team", "Reason for the override", "Allocated on"), cases.stream().map(c -> List.of(c.crn(), c.staffCode(),
        c.teamCode(), c.reason(), Dates.inWords(java.time.LocalDate.ofInstant(c.allocatedAt(), Dates.LONDON)))).toList());
  }

  String csv() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(headings);
    lines.addAll(rows);
    return lines.stream().map(cells -> cells.stream().map(CasesCsv::cell).collect(Collectors.joining(",")) + "\r\n")
        .collect(Collectors.joining());
  }

  private static String percent(long count, long of) {
    return of == 0 ? "None to count" : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1,
        java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String text(@Nullable BigDecimal percent) {
    return percent == null ? "No figures" : percent.toPlainString() + "%";
  }
}
