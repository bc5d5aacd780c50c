package org.probatio.insights;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures of the court-to-allocation dashboard, in the order they are shown, each with the words
 * the page uses and how it is counted. Each but the last is a percentage, drawn week by week.
 */
public enum Measure {
  REPORTS_ON_THE_DAY("reports-on-the-day", "Pre-sentence reports delivered on the day",
      "of reports delivered on the day", "report",
      "Reports completed in the period, and how many were given to the court on the day of the hearing."),
  CHECKS_ON_TIME("checks-on-time", "Partner checks returned on time",
      "of checks returned on time", "check",
      "Police domestic abuse and children’s services safeguarding checks due in the period (answered, or past their "
          + "due time), and how many the agency answered by the time they were due. A check that could not be obtained "
          + "was not returned."),
  SCREENED_BEFORE_ALLOCATION("screened-before-allocation", "Allocations with a RoSH screening beforehand",
      "of allocations with a RoSH screening beforehand", "allocation",
      "Cases allocated to a provider in the period, and how many had a Risk of Serious Harm (RoSH) screening on record "
          + "when they were allocated."),
  ALLOCATED_WITHIN_ONE_WORKING_DAY("allocated-within-one-working-day", "Allocations within one working day",
      "of allocations within one working day", "allocation",
      "Cases allocated to a provider in the period, and how many were allocated within one working day of sentence."),
  HANDOVERS_BEFORE_FIRST_APPOINTMENT("handovers-before-first-appointment",
      "Handovers delivered before the first appointment", "of handovers delivered before the first appointment",
      "handover",
      "Handovers to another provider delivered in the period whose first appointment is recorded, and how many reached "
          + "the receiving provider by the day of that appointment."),
  LIKELY_MISALLOCATIONS("likely-misallocations", "Likely misallocations", "likely misallocations", "allocation",
      "Cases allocated in the period whose provider differs from what the policy gives for the factors on record: "
          + "overrides against the policy, and risk records dated before the decision but entered after it.");

  private final String slug;
  private final String title;
  private final String phrase;
  private final String counted;
  private final String explanation;

  Measure(String slug, String title, String phrase, String counted, String explanation) {
    this.slug = slug;
    this.title = title;
    this.phrase = phrase;
    this.counted = counted;
    this.explanation = explanation;
  }

  /** The figure's name in its address. */
  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /** What follows the number: "83% of reports delivered on the day". */
  public String phrase() {
    return phrase;
  }

  /** What the figure counts, for this many: "1 report", "30 reports". */
  public String counted(long howMany) {
    return howMany + " " + counted + (howMany == 1 ? "" : "s");
  }

  /** What the figure counts, in the plural: "reports". */
  public String counted() {
    return counted + "s";
  }

  public String explanation() {
    return explanation;
  }

  public boolean percentage() {
    return this != LIKELY_MISALLOCATIONS;
  }

  public static Optional<Measure> bySlug(String slug) {
    return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
  }
}
