package org.probatio.court;

import org.jspecify.annotations.Nullable;

/**
 * The requirements of a community or suspended sentence order, each with the unit its amount is
 * counted in and the limits the Sentencing Act 2020 (Schedule 9) sets, where it sets one.
 */
public enum RequirementType {
  UNPAID_WORK("Unpaid work", Unit.HOURS, 40, 300, false),
  REHABILITATION_ACTIVITY("Rehabilitation activity", Unit.DAYS, 1, null, false),
  ACCREDITED_PROGRAMME("Accredited programme", Unit.DAYS, 1, null, true),
  CURFEW("Curfew", Unit.MONTHS, 1, 24, false),
  DRUG_REHABILITATION("Drug rehabilitation", Unit.MONTHS, 1, null, false),
  ALCOHOL_TREATMENT("Alcohol treatment", Unit.MONTHS, 1, null, false),
  ALCOHOL_ABSTINENCE("Alcohol abstinence and monitoring", Unit.DAYS, 1, 120, false),
  MENTAL_HEALTH_TREATMENT("Mental health treatment", Unit.MONTHS, 1, null, false),
  EXCLUSION("Exclusion", Unit.MONTHS, 1, 24, true),
  RESIDENCE("Residence", Unit.NONE, null, null, true),
  PROHIBITED_ACTIVITY("Prohibited activity", Unit.NONE, null, null, true),
  FOREIGN_TRAVEL_PROHIBITION("Foreign travel prohibition", Unit.MONTHS, 1, 12, false),
  ATTENDANCE_CENTRE("Attendance centre", Unit.HOURS, 12, 36, false);

  /** What a requirement's amount counts; NONE takes no amount. */
  public enum Unit {
    HOURS("hours"),
    DAYS("days"),
    MONTHS("months"),
    NONE("");

    private final String word;

    Unit(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  private final String label;
  private final Unit unit;
  private final @Nullable Integer min;
  private final @Nullable Integer max;
  private final boolean needsDetails;

  RequirementType(String label, Unit unit, @Nullable Integer min, @Nullable Integer max, boolean needsDetails) {
    this.label = label;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.needsDetails = needsDetails;
  }

  public String label() {
    return label;
  }

  public Unit unit() {
    return unit;
  }

  public @Nullable Integer min() {
    return min;
  }

  public @Nullable Integer max() {
    return max;
  }

  /** Whether the order must say more: which programme, which place, which activity. */
  public boolean needsDetails() {
    return needsDetails;
  }

  /** What is wrong with this amount, or null when it is right. */
  public @Nullable String amountProblem(@Nullable Integer amount) {
    if (unit == Unit.NONE) {
      return amount == null ? null : label + " takes no amount: leave it blank";
    }
    if (amount == null) {
      return "Enter the number of " + unit.word() + " of " + label.toLowerCase();
    }
    if ((min != null && amount < min) || (max != null && amount > max)) {
      return label + " must be " + (max == null ? "at least " + min : "between " + min + " and " + max) + " " + unit.word();
    }
    return null;
  }
}
