package org.probatio.workload.web;

import static org.probatio.workload.web.FormFields.day;
import static org.probatio.workload.web.FormFields.month;
import static org.probatio.workload.web.FormFields.year;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.probatio.workforce.Reduction;
import org.probatio.workforce.ReductionCategory;
import org.probatio.workforce.ReductionDetails;
import org.probatio.workforce.ReductionKind;
import org.probatio.web.FormErrors;

/**
 * A reduction as typed, with the version the user saw (when changing) or the request key drawn with
 * the blank form (when adding). A preset fills in its category, kind and amount; its end date is left
 * blank for the service to count from whatever start date is typed.
 */
public record ReductionForm(
    @Nullable String category,
    @Nullable String kind,
    @Nullable String amount,
    @Nullable String reason,
    @Nullable String startDateDay,
    @Nullable String startDateMonth,
    @Nullable String startDateYear,
    @Nullable String endDateDay,
    @Nullable String endDateMonth,
    @Nullable String endDateYear,
    @Nullable Integer version,
    @Nullable String requestKey) {

  /** A new reduction from today, with the preset's figures when one was chosen. */
  static ReductionForm blank(@Nullable ReductionCategory preset, LocalDate today) {
    var figures = preset == null ? null : preset.preset().orElse(null);
    return new ReductionForm(preset == null ? null : preset.name(), figures == null ? null : figures.kind().name(),
        figures == null ? null : figures.amount().toPlainString(), null, day(today), month(today), year(today),
        null, null, null, null, UUID.randomUUID().toString());
  }

  static ReductionForm of(Reduction reduction) {
    return new ReductionForm(reduction.category().name(), reduction.kind().name(),
        reduction.amount().stripTrailingZeros().toPlainString(), reduction.reason(),
        day(reduction.startDate()), month(reduction.startDate()), year(reduction.startDate()),
        day(reduction.endDate()), month(reduction.endDate()), year(reduction.endDate()), reduction.version(), null);
  }

  /** The details as typed, with a problem in {@code errors} for each field that cannot be read. */
  ReductionDetails read(FormErrors errors) {
    return new ReductionDetails(FormFields.choice(ReductionCategory.class, category),
        FormFields.choice(ReductionKind.class, kind), FormFields.number(errors, "amount", amount, "7.5 or 20"),
        FormFields.text(reason),
        FormFields.date(errors, "startDate", "Start date", startDateDay, startDateMonth, startDateYear),
        FormFields.date(errors, "endDate", "End date", endDateDay, endDateMonth, endDateYear));
  }

  int seenVersion() {
    return version == null ? -1 : version;
  }

  ReductionForm withVersion(int current) {
    return new ReductionForm(category, kind, amount, reason, startDateDay, startDateMonth, startDateYear, endDateDay,
        endDateMonth, endDateYear, current, requestKey);
  }
}
