package org.probatio.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a member of staff's workload is reduced. Three come with a preset from the workload rules
 * (tiering-and-workload.md, "Workload measurement"): a trainee officer's first 6 months at 80%, a
 * newly qualified officer's 20% for 9 months, and long-term sickness at 100%. A preset with a length
 * gives the default end date: the day before the same date that many months after the start.
 */
public enum ReductionCategory {
  TRAINEE_OFFICER("Trainee officer", new Preset(ReductionKind.PERCENT, new BigDecimal("80"), 6)),
  NEWLY_QUALIFIED("Newly qualified officer", new Preset(ReductionKind.PERCENT, new BigDecimal("20"), 9)),
  LONG_TERM_SICKNESS("Long-term sickness", new Preset(ReductionKind.PERCENT, new BigDecimal("100"), null)),
  PHASED_RETURN("Phased return to work", null),
  UNION_DUTIES("Trade union duties", null),
  OTHER("Other", null);

  /** The usual reduction for a category, and how many months it lasts when it has a set length. */
  public record Preset(ReductionKind kind, BigDecimal amount, @Nullable Integer months) {

    /** As the page offers it: "80% for 6 months", "100% until it is ended". */
    public String describe() {
      String size = kind == ReductionKind.PERCENT ? amount.toPlainString() + "%" : amount.toPlainString() + " hours a week";
      return size + (months == null ? " until it is ended" : " for " + months + " months");
    }
  }

  private final String label;
  private final @Nullable Preset preset;

  ReductionCategory(String label, @Nullable Preset preset) {
    this.label = label;
    this.preset = preset;
  }

  public String label() {
    return label;
  }

  public Optional<Preset> preset() {
    return Optional.ofNullable(preset);
  }

  /** Whether the reduction must have an end date: the presets with a set length. */
  public boolean lasting() {
    return preset != null && preset.months() != null;
  }

  /** The last day of a reduction of this category starting on the day, when the preset has a set length. */
  public Optional<LocalDate> defaultEndDate(LocalDate start) {
    return preset == null || preset.months() == null ? Optional.empty()
        : Optional.of(start.plusMonths(preset.months()).minusDays(1));
  }
}
