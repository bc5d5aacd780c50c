package org.probatio.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.probatio.calendar.rules.WorkingDays;
import org.probatio.court.CourtSession;
import org.probatio.court.Deadlines;
import org.probatio.court.ReportType;
import org.probatio.demo.CaseMix.Stage;
import org.probatio.demo.Timeline.Gate;
import org.probatio.demo.Timeline.Screening;
import org.probatio.risk.AssessmentStage;

/**
 * Plans when each step of a person's court episode happened, in court days (England and Wales working
 * days) before the as-of day. Nothing happens on the as-of day itself except a listing for its court,
 * so every time generated is in the past whenever on that day the region is loaded.
 */
final class TimelineGenerator {

  private static final WorkingDays COURT_DAYS = WorkingDays.englandAndWales();
  private static final int MORNING = 10 * 60;
  private static final int AFTERNOON = 14 * 60;

  private final LocalDate asOf;

  TimelineGenerator(LocalDate asOf) {
    this.asOf = asOf;
  }

  Timeline plan(SplittableRandom random) {
    if (random.nextDouble() >= CaseMix.EPISODE) {
      return Timeline.none(asOf);
    }
    Stage stage = CaseMix.STAGE.pick(random);
    CourtSession session = CaseMix.SESSION.pick(random);
    return switch (stage) {
      case LISTED -> listed(session, random);
      case REPORT_IN_PROGRESS -> reportInProgress(session, random);
      case ADJOURNED_FOR_CHECK -> adjournedForCheck(session, random);
      case SENTENCED -> sentenced(session, random);
    };
  }

  /** The court day {@code back} court days before the last one before the as-of day (0: the last). */
  LocalDate courtDay(int back) {
    return COURT_DAYS.add(asOf, -(back + 1));
  }

  private Timeline listed(CourtSession session, SplittableRandom random) {
    LocalDate hearing = COURT_DAYS.isWorkingDay(asOf) ? asOf : COURT_DAYS.add(asOf, 1);
    return new Timeline(Stage.LISTED, hearing, session, listedBefore(hearing, random), null, null, null, null, null,
        null, null, false, Gate.NO_SCREENING, Screening.drawn());
  }

  private Timeline reportInProgress(CourtSession session, SplittableRandom random) {
    LocalDate hearing = courtDay(random.nextInt(13));
    Instant requested = requestedIn(hearing, session, random);
    Instant due = Deadlines.reportDue(COURT_DAYS.add(hearing, 15), requested);
    Screening screening = random.nextDouble() < 0.6 ? Screening.on(hearing, AssessmentStage.COURT_REPORT) : Screening.drawn();
    return new Timeline(Stage.REPORT_IN_PROGRESS, hearing, session, listedBefore(hearing, random), ReportType.STANDARD,
        requested, due, null, null, null, null, false, Gate.NO_SCREENING, screening);
  }

  private Timeline adjournedForCheck(CourtSession session, SplittableRandom random) {
    LocalDate hearing = courtDay(random.nextInt(5));
    Instant requested = requestedIn(hearing, session, random);
    ReportType type = random.nextDouble() < 0.55 ? ReportType.ORAL : ReportType.FAST;
    return new Timeline(Stage.ADJOURNED_FOR_CHECK, hearing, session, listedBefore(hearing, random), type, requested,
        Deadlines.reportDue(hearing, requested), null, null, null, null, false, Gate.NO_SCREENING,
        Screening.on(hearing, AssessmentStage.COURT_REPORT));
  }

  private Timeline sentenced(CourtSession session, SplittableRandom random) {
    int back = random.nextDouble() < CaseMix.SENTENCED_LAST_WEEK ? random.nextInt(5) : random.nextInt(CaseMix.COURT_DAYS_BACK);
    LocalDate sentenceDay = courtDay(back);
    LocalDate decisionDay = COURT_DAYS.add(sentenceDay, CaseMix.DECISION_LAG.pick(random));
    boolean decided = decisionDay.isBefore(asOf);
    LocalDate hearing = sentenceDay;
    ReportType type = null;
    Instant requested = null;
    Instant due = null;
    Instant completed = null;
    if (random.nextDouble() < CaseMix.WITH_REPORT) {
      type = CaseMix.REPORT_TYPE.pick(random);
      boolean onDay = random.nextDouble() < CaseMix.DELIVERED_ON_DAY;
      LocalDate dueDay;
      LocalDate completedDay;
      if (type.onTheDay()) {
        int adjourned = onDay ? 0 : 1 + random.nextInt(5);
        dueDay = COURT_DAYS.add(sentenceDay, -adjourned);
        completedDay = onDay ? sentenceDay : COURT_DAYS.add(sentenceDay, -random.nextInt(adjourned));
        hearing = dueDay;
      } else {
        int late = onDay ? 0 : 1 + random.nextInt(5);
        dueDay = COURT_DAYS.add(sentenceDay, -late);
        completedDay = COURT_DAYS.add(sentenceDay, -random.nextInt(onDay ? 4 : late));
        hearing = COURT_DAYS.add(dueDay, -CaseMix.STANDARD_ADJOURNMENT.pick(random));
      }
      requested = requestedIn(hearing, session, random);
      due = Deadlines.reportDue(dueDay, requested);
      completed = completedDay.equals(hearing)
          ? min(requested.plusSeconds(60L * (40 + random.nextInt(110))), at(hearing, 16 * 60 + 50))
          // finished before court on the day of sentence, or during an earlier day
          : at(completedDay, 9 * 60 + random.nextInt(completedDay.equals(sentenceDay) ? 150 : 450));
    }
    Instant recorded = at(sentenceDay, (session == CourtSession.MORNING ? 11 * 60 : 15 * 60) + random.nextInt(90));
    if (completed != null && LondonTime.day(completed).equals(sentenceDay) && !completed.isBefore(recorded)) {
      recorded = completed.plusSeconds(60L * (10 + random.nextInt(50)));
    }
    Gate gate = decided || random.nextDouble() >= CaseMix.WAITING_GATE_SHUT ? Gate.OPEN
        : type != null ? Gate.OLD_SCREENING : Gate.NO_SCREENING;
    Screening screening = switch (gate) {
      case OPEN -> type != null ? Screening.on(dayBetween(hearing, LondonTime.day(completed), random),
          AssessmentStage.COURT_REPORT)
          : Screening.on(dayBetween(sentenceDay, decided ? decisionDay : courtDay(0), random), AssessmentStage.POST_SENTENCE);
      case OLD_SCREENING -> Screening.on(hearing.minusDays(30 + random.nextInt(510)),
          random.nextBoolean() ? AssessmentStage.REVIEW : AssessmentStage.POST_SENTENCE);
      case NO_SCREENING -> Screening.none();
    };
    return new Timeline(Stage.SENTENCED, hearing, session, listedBefore(hearing, random), type, requested, due, completed,
        sentenceDay, recorded, decisionDay, decided, gate, screening);
  }

  /** When a report is asked for in a session: after the case is called, before the session ends. */
  private static Instant requestedIn(LocalDate day, CourtSession session, SplittableRandom random) {
    return session == CourtSession.MORNING ? at(day, MORNING + 15 + random.nextInt(105))
        : at(day, AFTERNOON + 10 + random.nextInt(70));
  }

  /** Listed by the court team on the court day before, in working hours. */
  private static Instant listedBefore(LocalDate hearing, SplittableRandom random) {
    return at(COURT_DAYS.add(hearing, -1), 9 * 60 + random.nextInt(8 * 60));
  }

  /** A court day from {@code first} to {@code last}, both included, evenly. */
  private static LocalDate dayBetween(LocalDate first, @Nullable LocalDate last, SplittableRandom random) {
    int span = last == null ? 0 : Math.max(0, COURT_DAYS.between(first, last));
    return COURT_DAYS.add(first, random.nextInt(span + 1));
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant at(LocalDate day, int minutes) {
    return LondonTime.at(day, minutes);
  }
}
