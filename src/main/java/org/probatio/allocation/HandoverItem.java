package org.probatio.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.HandoverPackage.CheckPart;
import org.probatio.allocation.HandoverPackage.FlagPart;
import org.probatio.court.CheckKind;
import org.probatio.web.Dates;

/**
 * The handover checklist: what a package should hold, in the order the receiving provider reads it,
 * each with the rule that says what is missing. Pure: the package, with its own as-of date, is the
 * only input.
 */
public enum HandoverItem {
  PERSON("Person's details", p -> p.person().limitedAccessContact() != null
      ? "A limited-access record: ask " + p.person().limitedAccessContact() + " for the person's details"
      : p.person().address() == null ? "No current address on record" : null),
  REPORT("Pre-sentence report", p -> p.report() == null ? "No pre-sentence report on record"
      : p.report().completed() ? null
      : "The " + p.report().type().toLowerCase() + " report was started on " + onDay(p.report().requestedAt())
          + " but not completed"),
  POLICE_CHECK("Police domestic abuse check", p -> check(p, CheckKind.POLICE_DOMESTIC_ABUSE)),
  CHILDRENS_CHECK("Children's services safeguarding check", p -> check(p, CheckKind.CHILDRENS_SAFEGUARDING)),
  ROSH_SCREENING("RoSH screening", p -> p.screening() == null ? "No RoSH screening on record" : null),
  FULL_ANALYSIS("Full RoSH analysis", p -> p.fullAnalysis() == null ? "No full RoSH analysis yet" : null),
  SENTENCE("Sentence and requirements", p -> p.sentence() == null ? "No sentence on record"
      : p.sentence().custody() && p.sentence().expectedReleaseDate() == null ? "No expected release date" : null),
  FLAGS("Registrations (warning flags)", HandoverItem::overdueReviews);

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final String label;
  private final Function<HandoverPackage, @Nullable String> missing;

  HandoverItem(String label, Function<HandoverPackage, @Nullable String> missing) {
    this.label = label;
    this.missing = missing;
  }

  public String label() {
    return label;
  }

  /** What this package lacks for this item, if anything. */
  public Optional<MissingItem> missingFrom(HandoverPackage handedOver) {
    return Optional.ofNullable(missing.apply(handedOver)).map(detail -> new MissingItem(this, detail));
  }

  /** Everything the package lacks, in checklist order; empty when it is complete. */
  public static List<MissingItem> missing(HandoverPackage handedOver) {
    return java.util.Arrays.stream(values()).flatMap(item -> item.missingFrom(handedOver).stream()).toList();
  }

  private static @Nullable String check(HandoverPackage p, CheckKind kind) {
    Optional<CheckPart> found = p.checks().stream().filter(c -> c.kind().equals(kind.name())).findFirst();
    if (found.isEmpty()) {
      return kind.label() + " not requested: there is no pre-sentence report";
    }
    CheckPart check = found.get();
    if (!check.answered()) {
      return kind.label() + " not returned: it was due by " + onDay(check.dueAt());
    }
    return check.obtained() ? null : kind.label() + " could not be obtained: " + check.notObtainedReason();
  }

  private static @Nullable String overdueReviews(HandoverPackage p) {
    List<FlagPart> overdue = p.flags().stream().filter(flag -> flag.reviewOverdue(p.asOf())).toList();
    if (overdue.isEmpty()) {
      return null;
    }
    return "Review overdue: " + String.join(", ", overdue.stream()
        .map(flag -> flag.type() + " (due " + Dates.inWords(flag.nextReviewOn()) + ")").toList());
  }

  private static String onDay(Instant at) {
    return Dates.inWords(LocalDate.ofInstant(at, LONDON));
  }
}
