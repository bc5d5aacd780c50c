package org.probatio.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.CheckKind;
import org.probatio.court.CheckOutcome;
import org.probatio.court.Deadlines;
import org.probatio.court.PartnerCheck;
import org.probatio.court.ReportType;
import org.probatio.demo.CaseMix.Stage;
import org.probatio.demo.CaseStaff.Worker;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskToLoad;

/**
 * The police domestic abuse and children's services safeguarding checks of a generated report, due
 * as the court module has them. A finished report had an answer to both (or the reason none came)
 * before it was finished: on time for most reports given on the day; in a report that missed its day,
 * usually a late one. An oral or fast report adjourned for a check is still waiting for it, late.
 */
final class PartnerCheckGenerator {

  private static final WorkingDays COURT_DAYS = WorkingDays.englandAndWales();
  private static final List<String> POLICE_CONCERNS = List.of(
      "Two domestic incidents at the home address in the last year; no further action on either",
      "The victim of the current offence is a former partner; a non-molestation order ended last year",
      "Police called to the address four times in two years; the partner did not support a prosecution");
  private static final List<String> CHILDRENS_CONCERNS = List.of(
      "The family is known: a child in need plan closed six months ago",
      "The children in the household are subject to a child protection plan for neglect",
      "A referral was made after an incident at the home last year; assessment found no further action needed");
  private static final List<String> NOT_OBTAINED = List.of(
      "No answer before the court sat, after two calls",
      "No record could be matched to the name and date of birth given",
      "The person gave no address that could be checked");

  private final Instant asOfStart;

  PartnerCheckGenerator(LocalDate asOf) {
    this.asOfStart = asOf.atStartOfDay(Deadlines.COURT_ZONE).toInstant();
  }

  List<PartnerCheck> checks(Timeline t, RiskToLoad risk, Worker author, KnownIds ids, SplittableRandom random) {
    ReportType type = java.util.Objects.requireNonNull(t.reportType());
    Instant requested = java.util.Objects.requireNonNull(t.reportRequestedAt());
    Instant due = Deadlines.checkDue(type, requested, java.util.Objects.requireNonNull(t.reportDueAt()));
    Instant completed = t.reportCompletedAt();
    List<PartnerCheck> checks = new ArrayList<>(2);
    for (CheckKind kind : CheckKind.values()) {
      boolean first = kind.ordinal() == 0;
      Instant answered;
      boolean notObtained = false;
      if (t.stage() == Stage.SENTENCED && completed != null) {
        boolean reportLate = completed.isAfter(java.util.Objects.requireNonNull(t.reportDueAt()));
        boolean late = reportLate && random.nextDouble() < (first ? CaseMix.FIRST_CHECK_LATE_WHEN_REPORT_LATE
            : CaseMix.SECOND_CHECK_LATE_WHEN_REPORT_LATE);
        notObtained = random.nextDouble() < CaseMix.CHECK_NOT_OBTAINED;
        answered = notObtained ? completed.minus(Duration.ofMinutes(5 + random.nextInt(25)))
            : late ? during(due, completed, random) : during(requested, min(due, completed), random);
      } else if (t.stage() == Stage.ADJOURNED_FOR_CHECK) {
        answered = first && random.nextDouble() < 0.6 ? during(requested, due, random) : null;
      } else {
        answered = random.nextDouble() < CaseMix.CHECK_ANSWERED_SO_FAR
            ? during(requested, min(due, asOfStart.minus(Duration.ofHours(7))), random) : null;
      }
      checks.add(check(kind, requested, due, answered, notObtained, hasConcerns(kind, risk, random), author,
          ids.checkId(checks.size()), ids.reportIdOrZero(), random));
    }
    return checks;
  }

  private PartnerCheck check(CheckKind kind, Instant requested, Instant due, @Nullable Instant answered,
      boolean notObtained, boolean concerns, Worker author, long id, long reportId, SplittableRandom random) {
    // a senior practitioner's list of late checks shows it from the next court morning
    Instant firstSeenLate = LondonTime.at(COURT_DAYS.add(LondonTime.day(due), 1), 9 * 60 + 30);
    boolean seenLate = answered != null ? answered.isAfter(firstSeenLate)
        : firstSeenLate.isBefore(asOfStart) && random.nextDouble() < 0.6;
    Instant escalated = seenLate ? firstSeenLate : null;
    if (answered == null) {
      return new PartnerCheck(id, reportId, kind, requested, due, null, null, null, null, null, null, escalated, 0,
          Deadlines.late(due, null, asOfStart));
    }
    CheckOutcome outcome = notObtained ? CheckOutcome.NOT_OBTAINED
        : concerns ? CheckOutcome.CONCERNS_SHARED : CheckOutcome.NO_CONCERNS;
    boolean police = kind == CheckKind.POLICE_DOMESTIC_ABUSE;
    String details = outcome == CheckOutcome.CONCERNS_SHARED
        ? NameLists.pick(police ? POLICE_CONCERNS : CHILDRENS_CONCERNS, random) : null;
    String respondent = notObtained ? null : police
        ? "DC " + NameLists.pick(NameLists.SURNAMES, random) + ", domestic abuse unit"
        : NameLists.pick(NameLists.FEMALE_FIRST_NAMES, random) + " " + NameLists.pick(NameLists.SURNAMES, random)
            + ", MASH social worker";
    return new PartnerCheck(id, reportId, kind, requested, due, outcome, details,
        notObtained ? NameLists.pick(NOT_OBTAINED, random) : null, respondent, answered, author.username(), escalated, 1,
        false);
  }

  private static boolean hasConcerns(CheckKind kind, RiskToLoad risk, SplittableRandom random) {
    boolean flagged = risk.registrations().stream().map(r -> r.registration().type()).anyMatch(type ->
        kind == CheckKind.POLICE_DOMESTIC_ABUSE ? type == RegisterType.ADVP
            : type == RegisterType.RCCO || type == RegisterType.RCPR);
    double share = kind == CheckKind.POLICE_DOMESTIC_ABUSE
        ? (flagged ? CaseMix.POLICE_CONCERNS_WITH_DOMESTIC_ABUSE : CaseMix.POLICE_CONCERNS_OTHERWISE)
        : (flagged ? CaseMix.CHILDRENS_CONCERNS_WITH_CHILD_FLAGS : CaseMix.CHILDRENS_CONCERNS_OTHERWISE);
    return random.nextDouble() < share;
  }

  /**
   * A time after {@code from} and before {@code to}: within the same day, anywhere between; across
   * days, in working hours on one of the court days between.
   */
  private static Instant during(Instant from, Instant to, SplittableRandom random) {
    LocalDate firstDay = LondonTime.day(from);
    LocalDate lastDay = LondonTime.day(to);
    Instant at;
    if (firstDay.equals(lastDay)) {
      at = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).toSeconds()));
    } else {
      int days = Math.max(0, COURT_DAYS.between(firstDay, lastDay));
      at = LondonTime.at(COURT_DAYS.add(firstDay, 1 + random.nextInt(Math.max(1, days))),
          9 * 60 + random.nextInt(450));
    }
    Instant earliest = from.plusSeconds(60);
    Instant latest = to.minusSeconds(60);
    return at.isBefore(earliest) ? earliest : at.isAfter(latest) ? (latest.isBefore(earliest) ? earliest : latest) : at;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
